import { rfc822Vietnam } from '@/lib/text/dates';
import { XML_HEADER, escapeXml } from './xml';

export type FeedItem = {
  title: string;
  link: string;
  description: string;
  publishedAt: string;
  category?: string;
  enclosure?: { url: string; type: string; length: number };
};

export type FeedChannel = { title: string; link: string; selfLink: string; description: string; items: FeedItem[] };

/** RSS 2.0 with an atom:link to itself, as feed validators expect. */
export function buildRss(channel: FeedChannel): string {
  const items = channel.items.map((item) => {
    const parts = [
      `<title>${escapeXml(item.title)}</title>`,
      `<link>${escapeXml(item.link)}</link>`,
      `<guid isPermaLink="true">${escapeXml(item.link)}</guid>`,
      `<pubDate>${rfc822Vietnam(item.publishedAt)}</pubDate>`,
      `<description>${escapeXml(item.description)}</description>`,
    ];
    if (item.category) parts.push(`<category>${escapeXml(item.category)}</category>`);
    if (item.enclosure) {
      parts.push(`<enclosure url="${escapeXml(item.enclosure.url)}" type="${escapeXml(item.enclosure.type)}" length="${item.enclosure.length}"/>`);
    }
    return `<item>${parts.join('')}</item>`;
  });
  const lastBuild = channel.items[0]?.publishedAt;
  return [
    XML_HEADER,
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    `<title>${escapeXml(channel.title)}</title>`,
    `<link>${escapeXml(channel.link)}</link>`,
    `<atom:link href="${escapeXml(channel.selfLink)}" rel="self" type="application/rss+xml"/>`,
    `<description>${escapeXml(channel.description)}</description>`,
    '<language>vi</language>',
    lastBuild ? `<lastBuildDate>${rfc822Vietnam(lastBuild)}</lastBuildDate>` : '',
    ...items,
    '</channel>',
    '</rss>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n');
}
