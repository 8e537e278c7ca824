import { describe, expect, it } from 'vitest';
import { buildRss } from '@/lib/seo/rss';
import { SITEMAP_FILE_URLS, buildNewsSitemap, buildSitemapIndex, buildUrlset, sitemapFileCount } from '@/lib/seo/sitemap-xml';
import { escapeXml } from '@/lib/seo/xml';

describe('XML escaping', () => {
  it('escapes markup and drops characters XML forbids', () => {
    expect(escapeXml(`<b>"Tôi" & 'bạn'</b>\u0001`)).toBe('&lt;b&gt;&quot;Tôi&quot; &amp; &apos;bạn&apos;&lt;/b&gt;');
  });
});

describe('sitemaps', () => {
  it('lists URLs with lastmod in Vietnam time and images', () => {
    const xml = buildUrlset([{ loc: 'https://x.vn/bai-viet/a?b=1&c=2', lastmod: '2024-04-27T09:43:00Z', images: ['https://x.vn/anh/k/w1280.jpg'] }]);
    expect(xml).toContain('<loc>https://x.vn/bai-viet/a?b=1&amp;c=2</loc>');
    expect(xml).toContain('<lastmod>2024-04-27T16:43:00+07:00</lastmod>');
    expect(xml).toContain('<image:loc>https://x.vn/anh/k/w1280.jpg</image:loc>');
  });

  it('splits into an index above 50,000 URLs', () => {
    expect(sitemapFileCount(0)).toBe(1);
    expect(sitemapFileCount(SITEMAP_FILE_URLS)).toBe(1);
    expect(sitemapFileCount(SITEMAP_FILE_URLS + 1)).toBe(2);
    expect(buildSitemapIndex([{ loc: 'https://x.vn/sitemaps/bai-viet-1.xml' }])).toContain('<sitemapindex');
  });

  it('keeps only the last two days, at most 1,000, in the news sitemap', () => {
    const now = new Date('2026-11-23T00:00:00Z');
    const entries = [
      { loc: 'https://x.vn/bai-viet/moi', title: 'Tin mới & nóng', publishedAt: '2026-11-22T10:00:00Z' },
      { loc: 'https://x.vn/bai-viet/cu', title: 'Tin cũ', publishedAt: '2026-11-19T10:00:00Z' },
    ];
    const xml = buildNewsSitemap(entries, 'Thi đua – Khen thưởng', now);
    expect(xml).toContain('<news:language>vi</news:language>');
    expect(xml).toContain('<news:title>Tin mới &amp; nóng</news:title>');
    expect(xml).toContain('<news:publication_date>2026-11-22T17:00:00+07:00</news:publication_date>');
    expect(xml).not.toContain('bai-viet/cu');
    const many = Array.from({ length: 1500 }, (_, i) => ({ loc: `https://x.vn/${i}`, title: `${i}`, publishedAt: '2026-11-22T10:00:00Z' }));
    expect(buildNewsSitemap(many, 'x', now).match(/<url>/g)).toHaveLength(1000);
  });
});

describe('RSS 2.0', () => {
  it('has channel and items with guid, pubDate and enclosure', () => {
    const xml = buildRss({
      title: 'Thi đua – Khen thưởng',
      link: 'https://x.vn/',
      selfLink: 'https://x.vn/rss.xml',
      description: 'Tin mới',
      items: [
        {
          title: 'Trao <Huân chương>',
          link: 'https://x.vn/bai-viet/trao',
          description: 'Lễ trao tặng',
          publishedAt: '2024-04-27T09:43:00Z',
          category: 'Khen thưởng',
          enclosure: { url: 'https://x.vn/anh/k/c16x9.jpg', type: 'image/jpeg', length: 0 },
        },
      ],
    });
    expect(xml).toContain('<rss version="2.0"');
    expect(xml).toContain('<language>vi</language>');
    expect(xml).toContain('<title>Trao &lt;Huân chương&gt;</title>');
    expect(xml).toContain('<guid isPermaLink="true">https://x.vn/bai-viet/trao</guid>');
    expect(xml).toContain('<pubDate>Sat, 27 Apr 2024 16:43:00 +0700</pubDate>');
    expect(xml).toContain('<enclosure url="https://x.vn/anh/k/c16x9.jpg" type="image/jpeg" length="0"/>');
  });
});
