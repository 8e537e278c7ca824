import 'server-only';
import { assertCan } from '@/lib/auth/permissions';
import { publicArticleWhere } from '@/lib/content/public-rule';
import type { PhotoView } from '@/lib/content/views';
import { db } from '@/lib/db';
import { foldVietnamese } from '@/lib/text/normalize';
import type { EditorContext } from './context';

// What the article form looks up while an editor writes: the site's own articles to link
// to, and photos already uploaded (the media library). Both match words with or without
// diacritics.

/** Folded words of a query, each as a LIKE pattern ("%thi%", "%dua%"). */
function likePatterns(query: string): string[] {
  return foldVietnamese(query)
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 8)
    .map((word) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}

export type LinkTarget = { title: string; path: string; publishedAt: string };

/** Published articles whose title has every word of the query (newest first). */
export async function findLinkTargets(ctx: EditorContext, query: string): Promise<LinkTarget[]> {
  assertCan(ctx.actor, 'editor.access');
  const patterns = likePatterns(query);
  const ids =
    patterns.length === 0
      ? null
      : (
          await db.$queryRaw<{ articleId: number }[]>`
            SELECT "articleId" FROM "ArticleSearch"
            WHERE NOT EXISTS (SELECT 1 FROM unnest(${patterns}::text[]) AS p(pattern) WHERE "titleFolded" NOT LIKE p.pattern)
            ORDER BY "publishedAt" DESC NULLS LAST LIMIT 200`
        ).map((row) => row.articleId);
  const rows = await db.article.findMany({
    where: { ...publicArticleWhere(), ...(ids ? { id: { in: ids } } : {}) },
    orderBy: { publishedAt: 'desc' },
    take: 8,
    select: { title: true, slug: true, publishedAt: true },
  });
  return rows.map((row) => ({ title: row.title, path: `/bai-viet/${row.slug}`, publishedAt: (row.publishedAt ?? new Date()).toISOString() }));
}

/** A stored photo with the words it had where it was used last (empty for one never used). */
export type LibraryPhoto = Omit<PhotoView, 'decorative'> & { uses: number; createdAt: string };

/** Uploaded photos whose alt, caption, credit (in any article) or file name have every word. */
export async function searchMediaLibrary(ctx: EditorContext, query: string): Promise<LibraryPhoto[]> {
  assertCan(ctx.actor, 'media.upload');
  const patterns = likePatterns(query);
  const rows = await db.$queryRaw<(Omit<LibraryPhoto, 'uses' | 'createdAt'> & { uses: bigint; createdAt: Date })[]>`
    SELECT m.id AS "mediaId", m."storageKey", m.width, m.height, m."createdAt",
           coalesce(last.alt, '') AS alt, coalesce(last.caption, '') AS caption, coalesce(last.credit, '') AS credit,
           (SELECT count(*) FROM "ArticleMedia" WHERE "mediaId" = m.id) AS uses
    FROM "Media" m
    LEFT JOIN LATERAL (
      SELECT alt, caption, credit FROM "ArticleMedia" WHERE "mediaId" = m.id ORDER BY id DESC LIMIT 1
    ) last ON true
    LEFT JOIN LATERAL (
      SELECT portal_fold(concat_ws(' ', m."originalName", string_agg(concat_ws(' ', alt, caption, credit), ' '))) AS words
      FROM "ArticleMedia" WHERE "mediaId" = m.id
    ) folded ON true
    WHERE NOT EXISTS (SELECT 1 FROM unnest(${patterns}::text[]) AS p(pattern) WHERE folded.words NOT LIKE p.pattern)
    ORDER BY m."createdAt" DESC, m.id DESC
    LIMIT 24`;
  return rows.map((row) => ({ ...row, uses: Number(row.uses), createdAt: row.createdAt.toISOString() }));
}
