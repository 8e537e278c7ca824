import { describe, expect, it } from 'vitest';
import type { ArticleView } from '@/lib/content/views';
import { buildDublinCore, buildNewsArticleJsonLd, serializeJsonLd } from '@/lib/seo/article-metadata';

const origin = 'https://thiduakhenthuong.anhoa.gov.vn';
const article: ArticleView = {
  id: 1,
  slug: 'hoi-nghi-tong-ket',
  title: 'Hội nghị tổng kết </script><script>alert(1)</script>',
  sapo: 'UBND tỉnh tổ chức hội nghị tổng kết công tác thi đua, khen thưởng.',
  publishedAt: '2024-04-27T09:43:00.000Z',
  revisedAt: '2024-04-28T01:00:00.000Z',
  section: { name: 'Tin hoạt động', slug: 'tin-hoat-dong' },
  lead: { mediaId: 3, storageKey: '2024-04-0123456789abcdef01234567', width: 2000, height: 1333, alt: 'Hội trường', caption: 'Toàn cảnh', credit: '', decorative: false },
  source: null,
  body: { type: 'doc', content: [] },
  bodyText: 'Năm 2023…',
  byline: 'Ngọc Hân',
  tags: [{ name: 'Thi đua', slug: 'thi-dua' }],
  photos: [],
  attachments: [],
  profileSlug: null,
  pagePath: null,
};
const publisher = { name: 'Ban Thi đua – Khen thưởng tỉnh An Hòa', logoUrl: `${origin}/logo-512.png`, url: origin };

describe('NewsArticle JSON-LD', () => {
  const jsonLd = buildNewsArticleJsonLd(article, origin, publisher);

  it('carries what Google asks for, times with +07:00', () => {
    expect(jsonLd['@type']).toBe('NewsArticle');
    expect(jsonLd.headline).toBe(article.title);
    expect(jsonLd.datePublished).toBe('2024-04-27T16:43:00+07:00');
    expect(jsonLd.dateModified).toBe('2024-04-28T08:00:00+07:00');
    expect(jsonLd.author).toEqual([{ '@type': 'Person', name: 'Ngọc Hân' }]);
    expect(jsonLd.publisher.logo.url).toBe(`${origin}/logo-512.png`);
    expect(jsonLd.mainEntityOfPage['@id']).toBe(`${origin}/bai-viet/hoi-nghi-tong-ket`);
  });

  it('offers the lead image in 16:9, 4:3 and 1:1 at 1200 px', () => {
    expect(jsonLd.image).toEqual([
      `${origin}/anh/${article.lead!.storageKey}/c16x9.jpg`,
      `${origin}/anh/${article.lead!.storageKey}/c4x3.jpg`,
      `${origin}/anh/${article.lead!.storageKey}/c1x1.jpg`,
    ]);
  });

  it('serializes so no title can close the script element', () => {
    const text = serializeJsonLd(jsonLd);
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text).headline).toBe(article.title);
  });

  it('falls back to the agency as author when there is no byline', () => {
    expect(buildNewsArticleJsonLd({ ...article, byline: '' }, origin, publisher).author).toEqual([{ '@type': 'Organization', name: publisher.name }]);
  });
});

describe('Dublin Core', () => {
  it('has every element a government portal carries', () => {
    const dc = buildDublinCore(article, origin, publisher.name);
    expect(dc).toMatchObject({
      'DC.title': article.title,
      'DC.creator': 'Ngọc Hân',
      'DC.date': '2024-04-27T16:43:00+07:00',
      'DC.description': article.sapo,
      'DC.publisher': publisher.name,
      'DC.identifier': `${origin}/bai-viet/hoi-nghi-tong-ket`,
      'DC.language': 'vi',
    });
  });
});
