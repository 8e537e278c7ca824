import 'server-only';
import { getPublicTags, getSitemapArticles } from '@/lib/content/public-feeds';
import { getSections } from '@/lib/content/sections';
import { imageUrl } from '@/lib/media/variants';
import { articleUrl } from './article-metadata';
import { SITEMAP_MAX_URLS, type SitemapEntry } from './sitemap-xml';

/** Home, sections and tags: they go in the first sitemap file. */
export async function pageEntries(origin: string): Promise<SitemapEntry[]> {
  const [sections, tags] = await Promise.all([getSections(), getPublicTags()]);
  return [
    { loc: `${origin}/` },
    { loc: `${origin}/so-do-trang` },
    ...sections.map((section) => ({ loc: `${origin}/chuyen-muc/${section.slug}` })),
    ...tags.map((tag) => ({ loc: `${origin}/the/${tag.slug}` })),
  ];
}

export async function articleEntries(origin: string, file: number, size = SITEMAP_MAX_URLS): Promise<SitemapEntry[]> {
  const articles = await getSitemapArticles(file, size);
  return articles.map((article) => ({
    loc: articleUrl(origin, article.slug),
    lastmod: article.lastmod,
    images: article.leadKey ? [`${origin}${imageUrl(article.leadKey, { kind: 'width', width: 1280, format: 'jpg' })}`] : [],
  }));
}
