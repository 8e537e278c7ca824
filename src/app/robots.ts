import type { MetadataRoute } from 'next';
import { siteUrl } from '@/lib/env';

// Read per request: the public origin comes from the environment at run time.
export const dynamic = 'force-dynamic';

export default function robots(): MetadataRoute.Robots {
  const origin = siteUrl();
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/quan-tri', '/dang-nhap', '/api/'] }],
    sitemap: [`${origin}/sitemap.xml`, `${origin}/sitemap-news.xml`],
    host: origin,
  };
}
