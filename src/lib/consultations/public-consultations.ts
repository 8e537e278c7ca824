import 'server-only';
import { unstable_cache } from 'next/cache';
import { cache } from 'react';
import type { ConsultationStatus, RecipientKind } from '@/generated/prisma/client';
import { SAFETY_REVALIDATE_SECONDS, TAGS } from '@/lib/content/cache-tags';
import type { AttachmentView } from '@/lib/content/views';
import { readerDb } from '@/lib/db';
import { PAGE_SIZE } from '@/lib/text/pagination';
import { isSlug } from '@/lib/text/slug';
import { publicConsultationWhere, upcomingConsultationWhere } from './public-rule';

// The public reads of consultations, behind Next's data cache and tagged, as articles
// are. Nothing here ever touches a citizen's response.

export type PublicCandidate = {
  id: number;
  kind: RecipientKind;
  name: string;
  jobTitle: string;
  unit: string;
  commune: string;
  award: { name: string; slug: string };
  awardClass: string | null;
  posthumous: boolean;
  achievementSummary: string;
  withdrawnAt: string | null;
  withdrawnNote: string | null;
};

export type PublicConsultation = {
  id: number;
  slug: string;
  title: string;
  summary: string;
  legalBasis: string;
  proposingBody: string;
  proposalRef: string;
  status: ConsultationStatus;
  opensAt: string;
  /** "YYYY-MM-DD", the last day of the window */
  closesOn: string;
  closesAt: string;
  workingDays: number;
  extendedReason: string | null;
  contacts: { receivingUnit: string; postalAddress: string; email: string; phone: string; contactPerson: string };
  outcomeText: string | null;
  outcomeUrl: string | null;
  outcomePublishedAt: string | null;
  updatedAt: string;
  candidates: PublicCandidate[];
  attachments: AttachmentView[];
  awards: { name: string; slug: string }[];
};

export type ConsultationListItem = {
  slug: string;
  title: string;
  status: ConsultationStatus;
  opensAt: string;
  closesOn: string;
  closesAt: string;
  candidateCount: number;
  awards: string[];
};

const revalidate = SAFETY_REVALIDATE_SECONDS;
const iso = (date: Date | null) => (date ? date.toISOString() : null);
const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : '');
const uniqueAwards = (candidates: { award: { name: string; slug: string } }[]) => [...new Map(candidates.map((c) => [c.award.slug, c.award])).values()];

async function lookupConsultation(slug: string): Promise<PublicConsultation | null> {
  const row = await readerDb.consultation.findFirst({
    where: { slug, ...publicConsultationWhere() },
    include: {
      candidates: { orderBy: [{ position: 'asc' }, { id: 'asc' }], include: { awardType: { select: { name: true, slug: true, sortOrder: true } } } },
      attachments: { orderBy: [{ position: 'asc' }, { id: 'asc' }], select: { id: true, title: true, originalName: true, mime: true, bytes: true } },
    },
  });
  if (!row || !row.opensAt || !row.closesOn || !row.closesAt) return null;
  const candidates: PublicCandidate[] = row.candidates.map((c) => ({
    id: c.id,
    kind: c.kind,
    name: c.name,
    jobTitle: c.jobTitle,
    unit: c.unit,
    commune: c.commune,
    award: { name: c.awardType.name, slug: c.awardType.slug },
    awardClass: c.awardClass,
    posthumous: c.posthumous,
    achievementSummary: c.achievementSummary,
    withdrawnAt: iso(c.withdrawnAt),
    withdrawnNote: c.withdrawnNote,
  }));
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    legalBasis: row.legalBasis,
    proposingBody: row.proposingBody,
    proposalRef: row.proposalRef,
    status: row.status,
    opensAt: row.opensAt.toISOString(),
    closesOn: day(row.closesOn),
    closesAt: row.closesAt.toISOString(),
    workingDays: row.workingDays,
    extendedReason: row.extendedReason,
    contacts: { receivingUnit: row.receivingUnit, postalAddress: row.postalAddress, email: row.email, phone: row.phone, contactPerson: row.contactPerson },
    outcomeText: row.outcomeText,
    outcomeUrl: row.outcomeUrl,
    outcomePublishedAt: iso(row.outcomePublishedAt),
    updatedAt: row.updatedAt.toISOString(),
    candidates,
    attachments: row.attachments.map((a) => ({ id: a.id, title: a.title, fileName: a.originalName, mime: a.mime, bytes: a.bytes })),
    awards: uniqueAwards(candidates),
  };
}

/**
 * A consultation page's data; shared by metadata and page within one request. Anything
 * that is not a slug is no consultation, and never becomes a cache key.
 */
export const getPublicConsultation = cache((slug: string) =>
  isSlug(slug)
    ? unstable_cache(lookupConsultation, ['consultation-by-slug', slug], { tags: [TAGS.consultation(slug), TAGS.consultations], revalidate })(slug)
    : Promise.resolve(null),
);

const listSelect = {
  slug: true,
  title: true,
  status: true,
  opensAt: true,
  closesOn: true,
  closesAt: true,
  candidates: { select: { awardType: { select: { name: true, slug: true } } } },
} as const;

type ListRow = { slug: string; title: string; status: ConsultationStatus; opensAt: Date | null; closesOn: Date | null; closesAt: Date | null; candidates: { awardType: { name: string; slug: string } }[] };

function listItem(row: ListRow): ConsultationListItem {
  return {
    slug: row.slug,
    title: row.title,
    status: row.status,
    opensAt: iso(row.opensAt) ?? '',
    closesOn: day(row.closesOn),
    closesAt: iso(row.closesAt) ?? '',
    candidateCount: row.candidates.length,
    awards: uniqueAwards(row.candidates.map((c) => ({ award: c.awardType }))).map((a) => a.name),
  };
}

async function openAndUpcoming() {
  const now = new Date();
  const [open, upcoming] = await Promise.all([
    readerDb.consultation.findMany({
      where: { ...publicConsultationWhere(now), status: { in: ['SCHEDULED', 'OPEN'] }, closesAt: { gt: now } },
      orderBy: [{ closesAt: 'asc' }, { id: 'asc' }],
      select: listSelect,
    }),
    readerDb.consultation.findMany({ where: upcomingConsultationWhere(now), orderBy: [{ opensAt: 'asc' }, { id: 'asc' }], select: listSelect }),
  ]);
  return { open: open.map(listItem), upcoming: upcoming.map(listItem) };
}

function closedWhere(now: Date) {
  return { ...publicConsultationWhere(now), OR: [{ status: { in: ['CLOSED', 'CONCLUDED'] as ConsultationStatus[] } }, { closesAt: { lte: now } }] };
}

async function closedPage(page: number) {
  const now = new Date();
  const [rows, total] = await Promise.all([
    readerDb.consultation.findMany({ where: closedWhere(now), orderBy: [{ closesAt: 'desc' }, { id: 'desc' }], skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE, select: listSelect }),
    readerDb.consultation.count({ where: closedWhere(now) }),
  ]);
  return { items: rows.map(listItem), total };
}

export const getOpenConsultations = unstable_cache(openAndUpcoming, ['consultations-open'], { tags: [TAGS.consultations], revalidate });

export function getClosedConsultations(page: number) {
  return unstable_cache(() => closedPage(page), ['consultations-closed', String(page)], { tags: [TAGS.consultations], revalidate })();
}

/** The newest public consultations, for the feed, the sitemap and the home page. */
export const getRecentConsultations = unstable_cache(
  async (limit: number) => {
    const rows = await readerDb.consultation.findMany({ where: publicConsultationWhere(), orderBy: [{ opensAt: 'desc' }, { id: 'desc' }], take: limit, select: { ...listSelect, summary: true, updatedAt: true } });
    return rows.map((row) => ({ ...listItem(row), summary: row.summary, updatedAt: row.updatedAt.toISOString() }));
  },
  ['consultations-recent'],
  { tags: [TAGS.consultations], revalidate },
);
