import { countPublicArticles } from '@/lib/content/public-feeds';
import { siteUrl } from '@/lib/env';
import { xmlResponse } from '@/lib/seo/feed-response';
import { articleEntries, pageEntries } from '@/lib/seo/sitemap-entries';
import { SITEMAP_FILE_URLS, buildSitemapIndex, buildUrlset, sitemapFileCount } from '@/lib/seo/sitemap-xml';

// Built on first request, then kept by Next's cache until a publication or withdrawal
// expires its tags (countPublicArticles carries them), on every instance.
export const revalidate = 3600;

// One file while everything fits in one (SITEMAP_FILE_URLS); an index of numbered files above that.
export async function GET() {
  const origin = siteUrl();
  const [pages, total] = await Promise.all([pageEntries(origin), countPublicArticles()]);
  if (pages.length + total <= SITEMAP_FILE_URLS) {
    return xmlResponse(buildUrlset([...pages, ...(await articleEntries(origin, 1))]));
  }
  const files = sitemapFileCount(total);
  return xmlResponse(
    buildSitemapIndex([
      { loc: `${origin}/sitemaps/trang.xml` },
      ...Array.from({ length: files }, (_, i) => ({ loc: `${origin}/sitemaps/bai-viet-${i + 1}.xml` })),
    ]),
  );
}
