import 'server-only';
import { getActor } from '@/lib/auth/session';
import { readerDb } from '@/lib/db';
import { canReadAttachment } from '@/lib/editor/read-access';
import { publicConsultationWhere } from '@/lib/consultations/public-rule';
import { publicArticleWhere } from './public-rule';

const select = { id: true, title: true, originalName: true, mime: true, bytes: true, checksum: true, storageKey: true } as const;

/** A file attached to a public article, consultation, award decision (annulled ones stay public), document or form; other files do not exist here. */
export async function getPublicAttachment(id: number) {
  const file = await readerDb.attachment.findFirst({ where: { id, OR: [{ article: publicArticleWhere() }, { consultation: publicConsultationWhere() }, { decision: { status: { in: ['PUBLISHED', 'ANNULLED'] } } }, { document: { status: 'PUBLISHED' } }, { form: { published: true } }] }, select });
  return file ? { ...file, public: true } : null;
}

/** A stored file of an article the signed-in user may read (preview, editing), or their own fresh upload. */
export async function getAttachmentForEditors(id: number) {
  const actor = await getActor();
  if (!actor) return null;
  const file = await readerDb.attachment.findUnique({ where: { id }, select: { ...select, articleId: true, consultationId: true, decisionId: true, documentId: true, formId: true, createdById: true } });
  if (!file || !(await canReadAttachment(actor, file))) return null;
  const { articleId: _articleId, consultationId: _consultationId, decisionId: _decisionId, documentId: _documentId, formId: _formId, createdById: _createdById, ...rest } = file;
  return { ...rest, public: false };
}
