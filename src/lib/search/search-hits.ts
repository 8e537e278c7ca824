import 'server-only';
import type { ArticleStatus } from '@/generated/prisma/client';
import { readerDb } from '@/lib/db';
import type { SectionRef } from '@/lib/content/views';
import { excerpt } from '@/lib/content/body-text';
import { around, coverage, highlight, snippet, type Segment } from './highlight';
import type { SearchQuery } from './query';

export type SearchHit = {
  id: number;
  slug: string;
  status: ArticleStatus;
  publishedAt: string | null;
  section: SectionRef;
  title: Segment[];
  snippet: Segment[];
  /** The attached file the words were found in, when they were found only there. */
  inAttachment: string | null;
};

/**
 * Display data for result ids, in the given order, with matches marked in the original
 * text; `prefix` when the search took the last word as a prefix.
 */
export async function buildHits(ids: number[], query: SearchQuery, prefix = false): Promise<SearchHit[]> {
  if (ids.length === 0) return [];
  const rows = await readerDb.article.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      slug: true,
      title: true,
      sapo: true,
      bodyText: true,
      byline: true,
      status: true,
      publishedAt: true,
      section: { select: { name: true, slug: true } },
      photos: { select: { caption: true }, orderBy: { position: 'asc' } },
      tags: { select: { tag: { select: { name: true } } } },
      attachments: { select: { title: true, text: true }, orderBy: { position: 'asc' } },
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    // The snippet comes from the field holding the most of the words, in reading order.
    const fields: { text: string; file: string | null }[] = [
      { text: row.sapo, file: null },
      { text: row.bodyText, file: null },
      { text: row.photos.map((p) => p.caption).join(' · '), file: null },
      { text: row.tags.map((t) => t.tag.name).join(', '), file: null },
      { text: row.byline, file: null },
      ...row.attachments.map((file) => ({ text: `${file.title}. ${file.text}`, file: file.title })),
    ];
    let best: { text: string; file: string | null } | null = null;
    let bestCoverage = 0;
    for (const field of fields) {
      const count = coverage(field.text, query.tokens, prefix);
      if (count > bestCoverage) {
        best = field;
        bestCoverage = count;
      }
    }
    const found = best ? snippet(around(best.text, query.tokens), query.tokens, prefix) : null;
    const inAttachment = found && best?.file ? best.file : null;
    return [
      {
        id: row.id,
        slug: row.slug,
        status: row.status,
        publishedAt: row.publishedAt?.toISOString() ?? null,
        section: row.section,
        title: highlight(row.title, query.tokens, prefix),
        snippet: found ?? [{ text: excerpt(row.sapo || row.bodyText, 220), match: false }],
        inAttachment,
      },
    ];
  });
}
