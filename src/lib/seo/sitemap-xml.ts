import { isoVietnam } from '@/lib/text/dates';
import { XML_HEADER, escapeXml } from './xml';

/**
 * URLs in one sitemap file. The protocol allows 50,000; a file of 10,000 (about 1.1 MB)
 * is built in under 0.2 s and holds a twentieth of the page cache, where a file of
 * 50,000 (5.6 MB) took about a second and a quarter of it (npm run bench, "Sitemap
 * files"). Before scripts/patch-next.mjs, Next's cache also measured each file as JSON,
 * an array of one number per byte.
 */
export const SITEMAP_FILE_URLS = 10_000;
/** Google News: only the last two days, at most 1,000 URLs. */
export const NEWS_SITEMAP_MAX_URLS = 1000;
export const NEWS_SITEMAP_MAX_AGE_MS = 2 * 24 * 3600_000;

export type SitemapEntry = { loc: string; lastmod?: string; images?: string[] };

export function buildUrlset(entries: SitemapEntry[]): string {
  const urls = entries.map((entry) => {
    const parts = [`<loc>${escapeXml(entry.loc)}</loc>`];
    if (entry.lastmod) parts.push(`<lastmod>${isoVietnam(entry.lastmod)}</lastmod>`);
    for (const image of entry.images ?? []) parts.push(`<image:image><image:loc>${escapeXml(image)}</image:loc></image:image>`);
    return `<url>${parts.join('')}</url>`;
  });
  return `${XML_HEADER}\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">\n${urls.join('\n')}\n</urlset>\n`;
}

export function buildSitemapIndex(entries: { loc: string; lastmod?: string }[]): string {
  const items = entries.map(
    (entry) => `<sitemap><loc>${escapeXml(entry.loc)}</loc>${entry.lastmod ? `<lastmod>${isoVietnam(entry.lastmod)}</lastmod>` : ''}</sitemap>`,
  );
  return `${XML_HEADER}\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join('\n')}\n</sitemapindex>\n`;
}

export type NewsEntry = { loc: string; title: string; publishedAt: string };

export function buildNewsSitemap(entries: NewsEntry[], publicationName: string, now = new Date()): string {
  const recent = entries
    .filter((entry) => now.getTime() - new Date(entry.publishedAt).getTime() <= NEWS_SITEMAP_MAX_AGE_MS)
    .slice(0, NEWS_SITEMAP_MAX_URLS);
  const urls = recent.map(
    (entry) =>
      `<url><loc>${escapeXml(entry.loc)}</loc><news:news><news:publication><news:name>${escapeXml(publicationName)}</news:name><news:language>vi</news:language></news:publication><news:publication_date>${isoVietnam(entry.publishedAt)}</news:publication_date><news:title>${escapeXml(entry.title)}</news:title></news:news></url>`,
  );
  return `${XML_HEADER}\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/** How many sitemap files `total` URLs need (at least one). */
export function sitemapFileCount(total: number): number {
  return Math.max(1, Math.ceil(total / SITEMAP_FILE_URLS));
}
