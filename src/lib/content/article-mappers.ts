import type { Prisma } from '@/generated/prisma/client';
import { parseBody } from './body-schema';
import type { ArticleSummary, ArticleView, PhotoView } from './views';

const photoInclude = { media: { select: { id: true, storageKey: true, width: true, height: true } } } as const;

export const summaryInclude = {
  section: { select: { name: true, slug: true } },
  leadMedia: { select: { id: true, storageKey: true, width: true, height: true } },
  photos: { include: photoInclude, orderBy: { position: 'asc' } },
} satisfies Prisma.ArticleInclude;

/**
 * A list's read of articles: the summary's parts, without the body, which a list never
 * shows and which is most of the row twice over (the document and its text); and the
 * page of rows first, then their parts, rather than Prisma's default here of one query
 * with lateral joins (schema.prisma), for which PostgreSQL sorted every matching row of
 * a section. A section's page at 10 at a time on 20,000 articles: 23–25 a second whole
 * and joined, 39 joined without the body, 99–101 as here (68–86 before relationJoins).
 */
export const summaryRead = {
  include: summaryInclude,
  omit: { body: true, bodyText: true },
  relationLoadStrategy: 'query',
} as const satisfies { include: Prisma.ArticleInclude; omit: Prisma.ArticleOmit; relationLoadStrategy: Prisma.RelationLoadStrategy };

export const viewInclude = {
  ...summaryInclude,
  tags: { include: { tag: true }, orderBy: { position: 'asc' } },
  attachments: { orderBy: { position: 'asc' } },
  profile: { select: { slug: true } },
  page: { select: { path: true } },
} satisfies Prisma.ArticleInclude;

type SummaryRow = Prisma.ArticleGetPayload<typeof summaryRead>;
type ViewRow = Prisma.ArticleGetPayload<{ include: typeof viewInclude }>;
type PhotoRow = SummaryRow['photos'][number];

function toPhoto(row: PhotoRow): PhotoView {
  return {
    mediaId: row.media.id,
    storageKey: row.media.storageKey,
    width: row.media.width,
    height: row.media.height,
    alt: row.alt,
    caption: row.caption,
    credit: row.credit,
    decorative: row.decorative,
  };
}

/** The lead photo with the words it has in this article (alt, caption), if any. */
function toLead(row: SummaryRow): PhotoView | null {
  if (!row.leadMedia) return null;
  const usage = row.photos.find((photo) => photo.mediaId === row.leadMedia?.id);
  if (usage) return toPhoto(usage);
  return {
    mediaId: row.leadMedia.id,
    storageKey: row.leadMedia.storageKey,
    width: row.leadMedia.width,
    height: row.leadMedia.height,
    alt: row.title,
    caption: '',
    credit: '',
    decorative: false,
  };
}

export function toSummary(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    sapo: row.sapo,
    publishedAt: (row.publishedAt ?? row.createdAt).toISOString(),
    section: row.section,
    lead: toLead(row),
  };
}

export function toView(row: ViewRow): ArticleView {
  return {
    ...toSummary(row),
    source: row.source,
    body: parseBody(row.body),
    bodyText: row.bodyText,
    byline: row.byline,
    revisedAt: row.revisedAt?.toISOString() ?? null,
    tags: row.tags.map(({ tag }) => ({ name: tag.name, slug: tag.slug })),
    photos: row.photos.map(toPhoto),
    profileSlug: row.profile?.slug ?? null,
    pagePath: row.page?.path ?? null,
    attachments: row.attachments.map((file) => ({
      id: file.id,
      title: file.title,
      fileName: file.originalName,
      mime: file.mime,
      bytes: file.bytes,
    })),
  };
}
