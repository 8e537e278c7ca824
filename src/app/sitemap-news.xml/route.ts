import { getRecentArticles } from '@/lib/content/public-feeds';
import { getSiteSettings } from '@/lib/content/settings';
import { siteUrl } from '@/lib/env';
import { articleUrl } from '@/lib/seo/article-metadata';
import { xmlResponse } from '@/lib/seo/feed-response';
import { NEWS_SITEMAP_MAX_AGE_MS, NEWS_SITEMAP_MAX_URLS, buildNewsSitemap } from '@/lib/seo/sitemap-xml';

export async function GET() {
  const origin = siteUrl();
  // Rounded to the minute so the cached query is shared between requests.
  const since = new Date(Math.floor((Date.now() - NEWS_SITEMAP_MAX_AGE_MS) / 60_000) * 60_000);
  const [settings, articles] = await Promise.all([getSiteSettings(), getRecentArticles(since.toISOString(), NEWS_SITEMAP_MAX_URLS)]);
  const entries = articles.map((article) => ({ loc: articleUrl(origin, article.slug), title: article.title, publishedAt: article.publishedAt }));
  return xmlResponse(buildNewsSitemap(entries, settings.siteName));
}
