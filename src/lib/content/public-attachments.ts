import 'server-only';
import { can } from '@/lib/auth/permissions';
import { getActor } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { publicArticleWhere } from './public-rule';

const select = { id: true, title: true, originalName: true, mime: true, bytes: true, checksum: true, storageKey: true } as const;

/** A file attached to a public article; files of unpublished articles do not exist here. */
export async function getPublicAttachment(id: number) {
  const file = await db.attachment.findFirst({ where: { id, article: publicArticleWhere() }, select });
  return file ? { ...file, public: true } : null;
}

/** Any stored file, for a signed-in member of the editorial team (preview, editing). */
export async function getAttachmentForEditors(id: number) {
  const actor = await getActor();
  if (!actor || !can(actor, 'editor.access')) return null;
  const file = await db.attachment.findUnique({ where: { id }, select });
  return file ? { ...file, public: false } : null;
}
