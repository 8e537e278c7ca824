import 'server-only';
import { unstable_cache } from 'next/cache';
import type { DocumentRelationKind, DocumentScope, LegalDocumentType } from '@/generated/prisma/client';
import { SAFETY_REVALIDATE_SECONDS, TAGS } from '@/lib/content/cache-tags';
import type { AttachmentView } from '@/lib/content/views';
import { readerDb } from '@/lib/db';
import { isSlug } from '@/lib/text/slug';
import { computeValidity, type IncomingAct, type ValidityState } from './validity';

// The documents register as the public reads it: published documents only, and only
// relations between published documents. The index of every published document (a few
// thousand at most) is cached whole; validity is computed from it for the day of the
// request, so a document expires on its date without anyone editing it.

const day = (date: Date) => date.toISOString().slice(0, 10);

export type DocumentSummary = {
  id: number;
  slug: string;
  number: string;
  type: LegalDocumentType;
  issuer: string;
  issuedOn: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  summary: string;
  field: string;
  scope: DocumentScope;
  incoming: IncomingAct[];
};

export type DocumentWithValidity = DocumentSummary & { state: ValidityState };

async function loadIndex(): Promise<DocumentSummary[]> {
  const rows = await readerDb.legalDocument.findMany({
    where: { status: 'PUBLISHED' },
    orderBy: [{ issuedOn: 'desc' }, { id: 'desc' }],
    select: {
      id: true, slug: true, number: true, type: true, issuer: true, issuedOn: true, effectiveFrom: true, effectiveTo: true, summary: true, field: true, scope: true,
      relatedBy: { where: { from: { status: 'PUBLISHED' } }, select: { kind: true, partial: true, from: { select: { effectiveFrom: true } } } },
    },
  });
  return rows.map(({ relatedBy, issuedOn, effectiveFrom, effectiveTo, ...row }) => ({
    ...row,
    issuedOn: day(issuedOn),
    effectiveFrom: day(effectiveFrom),
    effectiveTo: effectiveTo ? day(effectiveTo) : null,
    incoming: relatedBy.map((relation) => ({ kind: relation.kind, partial: relation.partial, effectiveFrom: day(relation.from.effectiveFrom) })),
  }));
}

/** Every published document, newest first (cached until a document changes). */
export const getDocumentIndex = unstable_cache(loadIndex, ['document-index'], { tags: [TAGS.documents], revalidate: SAFETY_REVALIDATE_SECONDS });

export const withValidity = (document: DocumentSummary, today: string): DocumentWithValidity => ({ ...document, state: computeValidity(document, today) });

export type RelatedDocument = { slug: string; number: string; type: LegalDocumentType; summary: string; effectiveFrom: string; kind: DocumentRelationKind; partial: boolean; note: string };

export type PublicDocument = DocumentSummary & {
  signerName: string;
  signerTitle: string;
  externalUrl: string;
  publishedAt: string | null;
  updatedAt: string;
  attachments: AttachmentView[];
  /** What this document does to others ("Thay thế …"). */
  outgoing: RelatedDocument[];
  /** What others do to it ("Được thay thế bởi …"). */
  incomingDocuments: RelatedDocument[];
  forms: { id: number; code: string; title: string }[];
};

const relatedSelect = { slug: true, number: true, type: true, summary: true, effectiveFrom: true } as const;

export async function loadDocument(slug: string): Promise<PublicDocument | null> {
  const row = await readerDb.legalDocument.findFirst({
    where: { slug, status: 'PUBLISHED' },
    include: {
      attachments: { orderBy: [{ position: 'asc' }, { id: 'asc' }], select: { id: true, title: true, originalName: true, mime: true, bytes: true } },
      relations: { where: { to: { status: 'PUBLISHED' } }, orderBy: { id: 'asc' }, select: { kind: true, partial: true, note: true, to: { select: relatedSelect } } },
      relatedBy: { where: { from: { status: 'PUBLISHED' } }, orderBy: { id: 'asc' }, select: { kind: true, partial: true, note: true, from: { select: relatedSelect } } },
      forms: { where: { published: true }, orderBy: [{ position: 'asc' }, { id: 'asc' }], select: { id: true, code: true, title: true } },
    },
  });
  if (!row) return null;
  const related = (other: { slug: string; number: string; type: LegalDocumentType; summary: string; effectiveFrom: Date }, relation: { kind: DocumentRelationKind; partial: boolean; note: string }): RelatedDocument => ({
    ...other,
    effectiveFrom: day(other.effectiveFrom),
    kind: relation.kind,
    partial: relation.partial,
    note: relation.note,
  });
  const incomingDocuments = row.relatedBy.map((relation) => related(relation.from, relation));
  return {
    id: row.id,
    slug: row.slug,
    number: row.number,
    type: row.type,
    issuer: row.issuer,
    issuedOn: day(row.issuedOn),
    effectiveFrom: day(row.effectiveFrom),
    effectiveTo: row.effectiveTo ? day(row.effectiveTo) : null,
    summary: row.summary,
    field: row.field,
    scope: row.scope,
    signerName: row.signerName,
    signerTitle: row.signerTitle,
    externalUrl: row.externalUrl,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    attachments: row.attachments.map((a) => ({ id: a.id, title: a.title, fileName: a.originalName, mime: a.mime, bytes: a.bytes })),
    outgoing: row.relations.map((relation) => related(relation.to, relation)),
    incomingDocuments,
    incoming: incomingDocuments.map((other) => ({ kind: other.kind, partial: other.partial, effectiveFrom: other.effectiveFrom })),
    forms: row.forms,
  };
}

const cachedDocument = (slug: string) => unstable_cache(() => loadDocument(slug), ['document', slug], { tags: [TAGS.documents, TAGS.document(slug)], revalidate: SAFETY_REVALIDATE_SECONDS })();

export const getPublicDocument = (slug: string) => (isSlug(slug) ? cachedDocument(slug) : Promise.resolve(null));

async function loadSitemapDocuments(): Promise<{ slug: string; updatedAt: string }[]> {
  const rows = await readerDb.legalDocument.findMany({ where: { status: 'PUBLISHED' }, orderBy: [{ issuedOn: 'desc' }, { id: 'desc' }], take: 20_000, select: { slug: true, updatedAt: true } });
  return rows.map((row) => ({ slug: row.slug, updatedAt: row.updatedAt.toISOString() }));
}

/** Every published document's address and last change, for the sitemap. */
export const getSitemapDocuments = unstable_cache(loadSitemapDocuments, ['sitemap-documents'], { tags: [TAGS.documents], revalidate: SAFETY_REVALIDATE_SECONDS });
