import 'server-only';
import { getFeedArticles } from '@/lib/content/public-feeds';
import { getSiteSettings } from '@/lib/content/settings';
import { siteUrl } from '@/lib/env';
import { imageUrl } from '@/lib/media/variants';
import { articleUrl } from './article-metadata';
import { buildRss } from './rss';

export const FEED_SIZE = 50;

/** Headers for XML answers: always revalidated with the server, which caches the data. */
export function xmlResponse(body: string, contentType = 'application/xml; charset=utf-8') {
  return new Response(body, { headers: { 'Content-Type': contentType, 'Cache-Control': 'public, max-age=0, must-revalidate' } });
}

export async function feedResponse(section: { name: string; slug: string } | null) {
  const origin = siteUrl();
  const [settings, articles] = await Promise.all([getSiteSettings(), getFeedArticles(section?.slug ?? null, FEED_SIZE)]);
  const path = section ? `/chuyen-muc/${section.slug}` : '';
  const xml = buildRss({
    title: section ? `${section.name} – ${settings.siteName}` : settings.siteName,
    link: `${origin}${path || '/'}`,
    selfLink: `${origin}${path}/rss.xml`,
    description: section ? `Tin bài chuyên mục ${section.name}.` : settings.description,
    items: articles.map((article) => ({
      title: article.title,
      link: articleUrl(origin, article.slug),
      description: article.sapo || article.bodyText,
      publishedAt: article.publishedAt,
      category: article.section,
      enclosure: article.leadKey
        ? { url: `${origin}${imageUrl(article.leadKey, { kind: 'crop', crop: '16x9' })}`, type: 'image/jpeg', length: 0 }
        : undefined,
    })),
  });
  return xmlResponse(xml, 'application/rss+xml; charset=utf-8');
}
