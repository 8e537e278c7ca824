import { countPublicArticles } from '@/lib/content/public-feeds';
import { siteUrl } from '@/lib/env';
import { xmlResponse } from '@/lib/seo/feed-response';
import { articleEntries, pageEntries } from '@/lib/seo/sitemap-entries';
import { buildUrlset, sitemapFileCount } from '@/lib/seo/sitemap-xml';

// Built on first request, then kept by Next's cache until a publication or withdrawal
// expires its tags (countPublicArticles carries them), on every instance.
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

const notFound = () => new Response('Không tìm thấy sitemap.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/** The files a sitemap index names: /sitemaps/trang.xml and /sitemaps/bai-viet-N.xml. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const origin = siteUrl();
  if (file === 'trang.xml') return xmlResponse(buildUrlset(await pageEntries(origin)));
  const match = /^bai-viet-(\d{1,4})\.xml$/.exec(file);
  if (!match) return notFound();
  const number = Number(match[1]);
  if (number < 1 || number > sitemapFileCount(await countPublicArticles())) return notFound();
  return xmlResponse(buildUrlset(await articleEntries(origin, number)));
}
