import { countPublicArticles } from '@/lib/content/public-feeds';
import { siteUrl } from '@/lib/env';
import { xmlResponse } from '@/lib/seo/feed-response';
import { articleEntries, cachedSitemapXml, pageEntries } from '@/lib/seo/sitemap-entries';
import { SITEMAP_MAX_URLS, buildSitemapIndex, buildUrlset, sitemapFileCount } from '@/lib/seo/sitemap-xml';

// Built on first request, then kept as XML text in the data cache until a publication or
// withdrawal expires its tags, on every instance (see cachedSitemapXml).
export const dynamic = 'force-dynamic';

// One file while everything fits in 50,000 URLs; an index of numbered files above that.
async function sitemapXml(): Promise<string> {
  const origin = siteUrl();
  const [pages, total] = await Promise.all([pageEntries(origin), countPublicArticles()]);
  if (pages.length + total <= SITEMAP_MAX_URLS) return buildUrlset([...pages, ...(await articleEntries(origin, 1))]);
  const files = sitemapFileCount(total);
  return buildSitemapIndex([
    { loc: `${origin}/sitemaps/trang.xml` },
    ...Array.from({ length: files }, (_, i) => ({ loc: `${origin}/sitemaps/bai-viet-${i + 1}.xml` })),
  ]);
}

export async function GET() {
  return xmlResponse(await cachedSitemapXml('sitemap', sitemapXml));
}
