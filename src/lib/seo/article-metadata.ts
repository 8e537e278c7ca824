import { isoVietnam } from '@/lib/text/dates';
import { imageUrl, SOCIAL_CROPS, type SocialCrop } from '@/lib/media/variants';
import type { ArticleView } from '@/lib/content/views';

export type Publisher = { name: string; logoUrl: string; url: string };

export function articleUrl(origin: string, slug: string): string {
  return `${origin}/bai-viet/${slug}`;
}

/** The lead photo in the three shapes search engines ask for, each 1200 px wide. */
export function socialImages(origin: string, storageKey: string): string[] {
  return (Object.keys(SOCIAL_CROPS) as SocialCrop[]).map((crop) => `${origin}${imageUrl(storageKey, { kind: 'crop', crop })}`);
}

export function description(article: Pick<ArticleView, 'sapo' | 'bodyText'>): string {
  const text = (article.sapo || article.bodyText).replace(/\s+/g, ' ').trim();
  return text.length <= 200 ? text : `${text.slice(0, 197).replace(/\s+\S*$/, '')}…`;
}

/** schema.org NewsArticle; times carry the +07:00 offset like the visible ones. */
export function buildNewsArticleJsonLd(article: ArticleView, origin: string, publisher: Publisher) {
  const url = articleUrl(origin, article.slug);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    headline: article.title,
    description: description(article),
    image: article.lead ? socialImages(origin, article.lead.storageKey) : [publisher.logoUrl],
    datePublished: isoVietnam(article.publishedAt),
    dateModified: isoVietnam(article.revisedAt ?? article.publishedAt),
    inLanguage: 'vi',
    articleSection: article.section.name,
    keywords: article.tags.map((tag) => tag.name).join(', ') || undefined,
    author: [{ '@type': article.byline ? 'Person' : 'Organization', name: article.byline || publisher.name }],
    publisher: {
      '@type': 'Organization',
      name: publisher.name,
      url: publisher.url,
      logo: { '@type': 'ImageObject', url: publisher.logoUrl },
    },
  };
}

/** JSON for a <script> element: "<" escaped so no text can close the element early. */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** Dublin Core, as Vietnamese government portals are expected to carry. */
export function buildDublinCore(article: ArticleView, origin: string, publisherName: string): Record<string, string> {
  return {
    'DC.title': article.title,
    'DC.creator': article.byline || publisherName,
    'DC.date': isoVietnam(article.publishedAt),
    'DC.description': description(article),
    'DC.publisher': publisherName,
    'DC.identifier': articleUrl(origin, article.slug),
    'DC.language': 'vi',
    'DC.type': 'Text',
    'DC.format': 'text/html',
  };
}
