import 'server-only';
import { db } from '@/lib/db';
import { publicArticleWhere } from './public-rule';

/** A file attached to a public article; files of unpublished articles do not exist here. */
export async function getPublicAttachment(id: number) {
  return db.attachment.findFirst({
    where: { id, article: publicArticleWhere() },
    select: { id: true, title: true, originalName: true, mime: true, bytes: true, checksum: true, storageKey: true },
  });
}
