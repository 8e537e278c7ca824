import 'server-only';
import { unstable_cache } from 'next/cache';
import type { PageLocale } from '@/generated/prisma/client';
import { toView, viewInclude } from '@/lib/content/article-mappers';
import { SAFETY_REVALIDATE_SECONDS, TAGS } from '@/lib/content/cache-tags';
import { isPublicArticle, publicArticleWhere } from '@/lib/content/public-rule';
import type { ArticleView } from '@/lib/content/views';
import { readerDb } from '@/lib/db';
import { isPagePath } from './page-paths';

// The agency's pages as the public reads them: a page is public exactly when its article
// is. Each page knows its translation (for hreflang, both ways) and the other pages of its
// language (the section's navigation).

export type PageLink = { path: string; title: string; locale: PageLocale };

export type PublicAgencyPage = {
  path: string;
  locale: PageLocale;
  contactBlock: boolean;
  article: ArticleView;
  /** The same page in the other language, when that one is public too. */
  translation: PageLink | null;
  /** The public pages of the same language, in order (this one included). */
  siblings: PageLink[];
};

const linkOf = (row: { path: string; locale: PageLocale; article: { title: string } }): PageLink => ({ path: row.path, title: row.article.title, locale: row.locale });

async function loadPageLinks(): Promise<(PageLink & { updatedAt: string })[]> {
  const rows = await readerDb.agencyPage.findMany({
    where: { article: publicArticleWhere() },
    orderBy: [{ locale: 'asc' }, { position: 'asc' }, { id: 'asc' }],
    select: { path: true, locale: true, article: { select: { title: true, updatedAt: true } } },
  });
  return rows.map((row) => ({ ...linkOf(row), updatedAt: row.article.updatedAt.toISOString() }));
}

/** Every public page of the agency, both languages, in order (menus, sitemaps, /so-do-trang). */
export const getPageLinks = unstable_cache(loadPageLinks, ['agency-page-links'], { tags: [TAGS.articles], revalidate: SAFETY_REVALIDATE_SECONDS });

export async function loadAgencyPage(path: string): Promise<PublicAgencyPage | null> {
  const row = await readerDb.agencyPage.findFirst({
    where: { path, article: publicArticleWhere() },
    include: {
      article: { include: viewInclude },
      translation: { select: { path: true, locale: true, article: { select: { title: true, status: true, publishedAt: true } } } },
      translatedBy: { select: { path: true, locale: true, article: { select: { title: true, status: true, publishedAt: true } } } },
    },
  });
  if (!row) return null;
  const links = await loadPageLinks();
  const other = [row.translation, row.translatedBy].find((page) => page && isPublicArticle(page.article));
  return {
    path: row.path,
    locale: row.locale,
    contactBlock: row.contactBlock,
    article: toView(row.article),
    translation: other ? linkOf(other) : null,
    siblings: links.filter((link) => link.locale === row.locale).map(({ updatedAt: _updatedAt, ...link }) => link),
  };
}

const cachedPage = (path: string) => unstable_cache(() => loadAgencyPage(path), ['agency-page', path], { tags: [TAGS.articles], revalidate: SAFETY_REVALIDATE_SECONDS })();

export const getAgencyPage = (path: string) => (isPagePath(path) ? cachedPage(path) : Promise.resolve(null));

/** Where a page that used to live at `path` lives now, if it moved. */
export async function loadMovedPath(path: string): Promise<string | null> {
  const row = await readerDb.agencyPage.findFirst({ where: { formerPaths: { has: path }, article: publicArticleWhere() }, select: { path: true } });
  return row?.path ?? null;
}

export const getMovedPagePath = (path: string) =>
  isPagePath(path) ? unstable_cache(() => loadMovedPath(path), ['agency-page-moved', path], { tags: [TAGS.articles], revalidate: SAFETY_REVALIDATE_SECONDS })() : Promise.resolve(null);
