import 'server-only';
import { unstable_cache } from 'next/cache';
import type { LegalDocumentType, ProcedureLevel } from '@/generated/prisma/client';
import { SAFETY_REVALIDATE_SECONDS, TAGS } from '@/lib/content/cache-tags';
import type { AttachmentView } from '@/lib/content/views';
import { readerDb } from '@/lib/db';

// The forms library and the procedure links as the public reads them: published entries
// only; a form's source document is named only when it is published itself.

export type PublicForm = {
  id: number;
  code: string;
  title: string;
  source: { slug: string; number: string; type: LegalDocumentType } | null;
  files: AttachmentView[];
  updatedAt: string;
};

export type PublicProcedure = {
  id: number;
  name: string;
  nationalCode: string;
  url: string;
  level: ProcedureLevel;
  internal: boolean;
  agency: string;
  resultType: string;
  timeLimitText: string;
  updatedAt: string;
};

async function loadForms(): Promise<PublicForm[]> {
  const rows = await readerDb.documentForm.findMany({
    where: { published: true },
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
    include: {
      sourceDocument: { select: { slug: true, number: true, type: true, status: true } },
      attachments: { orderBy: [{ position: 'asc' }, { id: 'asc' }], select: { id: true, title: true, originalName: true, mime: true, bytes: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    title: row.title,
    source: row.sourceDocument?.status === 'PUBLISHED' ? { slug: row.sourceDocument.slug, number: row.sourceDocument.number, type: row.sourceDocument.type } : null,
    files: row.attachments.map((a) => ({ id: a.id, title: a.title, fileName: a.originalName, mime: a.mime, bytes: a.bytes })),
    updatedAt: row.updatedAt.toISOString(),
  }));
}

async function loadProcedures(): Promise<PublicProcedure[]> {
  const rows = await readerDb.procedureLink.findMany({ where: { published: true }, orderBy: [{ internal: 'asc' }, { level: 'asc' }, { position: 'asc' }, { id: 'asc' }] });
  return rows.map(({ createdAt: _createdAt, published: _published, position: _position, updatedAt, ...row }) => ({ ...row, updatedAt: updatedAt.toISOString() }));
}

export const getPublicForms = unstable_cache(loadForms, ['public-forms'], { tags: [TAGS.library, TAGS.documents], revalidate: SAFETY_REVALIDATE_SECONDS });
export const getPublicProcedures = unstable_cache(loadProcedures, ['public-procedures'], { tags: [TAGS.library], revalidate: SAFETY_REVALIDATE_SECONDS });
export { loadForms, loadProcedures };

/** The latest change of a list: "Cập nhật lúc …". */
export const lastUpdate = (rows: { updatedAt: string }[]) => rows.reduce<string | null>((latest, row) => (latest === null || row.updatedAt > latest ? row.updatedAt : latest), null);
