import 'server-only';
import { Prisma, type PrismaClient } from '@/generated/prisma/client';
import { toView, type ViewParts } from './article-mappers';
import type { ArticleView } from './views';

// An article as its page shows it, in two queries: its row, found by whatever rule the
// caller gives, then every part of it (section, lead photo, photos, tags, files, profile,
// agency page) in one. Prisma loads an include with a query per relation, nine round trips
// for one page, which a crawler's first pass pays on every article (npm run bench). The
// parts come in the shapes Prisma would give them (`ViewParts`), so `toView` reads either.

/** Every part of the article `id`, each list in the editor's order (`position`). */
function partsQuery(id: number) {
  return Prisma.sql`
    SELECT
      (SELECT json_build_object('name', s."name", 'slug', s."slug") FROM "Section" s WHERE s."id" = a."sectionId") AS "section",
      (SELECT json_build_object('id', m."id", 'storageKey', m."storageKey", 'width', m."width", 'height', m."height")
         FROM "Media" m WHERE m."id" = a."leadMediaId") AS "leadMedia",
      (SELECT coalesce(json_agg(json_build_object(
                'mediaId', p."mediaId", 'alt', p."alt", 'caption', p."caption", 'credit', p."credit", 'decorative', p."decorative",
                'media', json_build_object('id', m."id", 'storageKey', m."storageKey", 'width', m."width", 'height', m."height")
              ) ORDER BY p."position", p."id"), '[]')
         FROM "ArticleMedia" p JOIN "Media" m ON m."id" = p."mediaId" WHERE p."articleId" = a."id") AS "photos",
      (SELECT coalesce(json_agg(json_build_object('tag', json_build_object('name', t."name", 'slug', t."slug")) ORDER BY at."position", at."tagId"), '[]')
         FROM "ArticleTag" at JOIN "Tag" t ON t."id" = at."tagId" WHERE at."articleId" = a."id") AS "tags",
      (SELECT coalesce(json_agg(json_build_object(
                'id', f."id", 'title', f."title", 'originalName', f."originalName", 'mime', f."mime", 'bytes', f."bytes"
              ) ORDER BY f."position", f."id"), '[]')
         FROM "Attachment" f WHERE f."articleId" = a."id") AS "attachments",
      (SELECT json_build_object('slug', e."slug") FROM "ExemplaryProfile" e WHERE e."articleId" = a."id") AS "profile",
      (SELECT json_build_object('path', g."path") FROM "AgencyPage" g WHERE g."articleId" = a."id") AS "page"
    FROM "Article" a
    WHERE a."id" = ${id}`;
}

/** An article matching `where`, as its page shows it, with its row; null if none. */
export async function findArticleView(client: PrismaClient, where: Prisma.ArticleWhereInput) {
  const row = await client.article.findFirst({ where });
  if (!row) return null;
  const [parts] = await client.$queryRaw<ViewParts[]>(partsQuery(row.id));
  // Deleted between the two reads: as if it had not been found.
  if (!parts) return null;
  const view: ArticleView = toView({ ...row, ...parts });
  return { row, view };
}
