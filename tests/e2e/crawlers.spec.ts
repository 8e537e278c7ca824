import { expect, test } from '@playwright/test';
import { REPORT, withDatabase } from './fixtures';

test('feeds, sitemaps and robots.txt describe the published articles', async ({ request }) => {
  const rss = await request.get('/rss.xml');
  expect(rss.headers()['content-type']).toContain('application/rss+xml');
  const feed = await rss.text();
  expect(feed).toContain(`<title>${REPORT.title}</title>`);
  expect(feed).toMatch(/<pubDate>\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} \+0700<\/pubDate>/);
  expect(feed).toContain('<enclosure url="http');

  const section = await (await request.get('/chuyen-muc/tin-hoat-dong/rss.xml')).text();
  expect(section).toContain(REPORT.title);
  expect(section).not.toContain('Trao Huân chương Lao động');
  expect((await request.get('/chuyen-muc/khong-co/rss.xml')).status()).toBe(404);

  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain(`/bai-viet/${REPORT.slug}</loc>`);
  expect(sitemap).toContain('/chuyen-muc/khen-thuong</loc>');
  expect(sitemap).toMatch(/<lastmod>[^<]+\+07:00<\/lastmod>/);

  const news = await (await request.get('/sitemap-news.xml')).text();
  expect(news).toContain('<news:language>vi</news:language>');
  expect(news).toContain(REPORT.slug);
  expect(news).not.toContain('bieu-duong-100-dien-hinh');

  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/Sitemap: http.+\/sitemap\.xml/);
  expect(robots).toMatch(/Sitemap: http.+\/sitemap-news\.xml/);
});

test('unpublished articles are nowhere public; a withdrawn one answers 410', async ({ request }) => {
  const slugs = await withDatabase(async (db) => {
    const section = await db.query(`SELECT id FROM "Section" WHERE slug = 'tin-hoat-dong'`);
    const make = async (slug: string, status: string, publishedAt: string | null) => {
      await db.query(
        `INSERT INTO "Article" (title, slug, body, status, "publishedAt", "withdrawnAt", "sectionId", "updatedAt")
         VALUES ($1, $2, '{"type":"doc","content":[]}', $3::"ArticleStatus", $4, $5, $6, now())`,
        [`Bài kiểm tra ${slug}`, slug, status, publishedAt, status === 'WITHDRAWN' ? new Date().toISOString() : null, section.rows[0].id],
      );
      return slug;
    };
    const made = {
      draft: await make('e2e-ban-nhap', 'DRAFT', null),
      future: await make('e2e-hen-gio', 'SCHEDULED', new Date(Date.now() + 86_400_000).toISOString()),
      withdrawn: await make('e2e-da-go', 'WITHDRAWN', new Date(Date.now() - 86_400_000).toISOString()),
    };
    // Written behind the portal's back, so announced as the portal announces its own changes.
    await db.query(`SELECT pg_notify('portal_changes', '{"everything":true}')`);
    return made;
  });

  expect((await request.get(`/bai-viet/${slugs.draft}`)).status()).toBe(404);
  expect((await request.get(`/bai-viet/${slugs.future}`)).status()).toBe(404);
  await expect
    .poll(async () => (await request.get(`/bai-viet/${slugs.withdrawn}`)).status(), { timeout: 2_000, intervals: [100] })
    .toBe(410);
  expect(await (await request.get(`/bai-viet/${slugs.withdrawn}`)).text()).toContain('Bài viết đã được gỡ');

  for (const path of ['/rss.xml', '/sitemap.xml', '/so-do-trang']) {
    const body = await (await request.get(path)).text();
    for (const slug of Object.values(slugs)) expect(body, `${path} ${slug}`).not.toContain(slug);
  }
});

test('an old slug redirects permanently to the current one', async ({ request }) => {
  await withDatabase((db) =>
    db.query(`INSERT INTO "ArticleSlug" (slug, "articleId") SELECT 'ten-cu-hoi-nghi-tong-ket', id FROM "Article" WHERE slug = $1`, [REPORT.slug]),
  );
  const response = await request.get('/bai-viet/ten-cu-hoi-nghi-tong-ket', { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers()['location']).toMatch(new RegExp(`/bai-viet/${REPORT.slug}$`));
});

test('nothing a visitor or crawler can type gives a server error', async ({ request }) => {
  const paths = [
    '/bai-viet/khong-ton-tai',
    '/bai-viet/KHONG-HOP-LE',
    '/bai-viet/%E0%A4%A',
    '/bai-viet/%',
    '/chuyen-muc/khen-thuong?trang=abc',
    '/chuyen-muc/khen-thuong?trang=-1',
    '/chuyen-muc/khen-thuong?trang=0',
    '/chuyen-muc/khen-thuong?trang=999999999999',
    '/chuyen-muc/khen-thuong?trang=%E0%A4%A',
    '/chuyen-muc/khong-co',
    '/the/khong-co?trang=2',
    `/bai-viet/${'a'.repeat(3000)}`,
    `/${'x/'.repeat(500)}`,
    '/anh/..%2F..%2Fetc/passwd',
    '/anh/2026-11-000000000000000000000000/w640.webp',
    '/anh/2026-11-000000000000000000000000/w641.webp',
    '/tep-dinh-kem/abc/x.pdf',
    '/tep-dinh-kem/999999/x.pdf',
    '/sitemaps/bai-viet-99.xml',
    '/sitemaps/..%2Fpasswd',
    "/bai-viet/'%3B%20DROP%20TABLE%20%22Article%22%3B--",
  ];
  for (const path of paths) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBeLessThan(500);
    expect(response.status(), path).toBeGreaterThanOrEqual(300);
    expect(await response.text(), path).not.toMatch(/at .+\.(js|ts):\d+|Error:|node_modules/);
  }
  const notFound = await request.get('/bai-viet/khong-ton-tai');
  expect(notFound.status()).toBe(404);
  expect(await notFound.text()).toContain('Không tìm thấy trang');
});
