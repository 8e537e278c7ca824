import { expect, test } from '@playwright/test';
import { REPORT, VIETNAM_TIME } from './fixtures';

test('a reader goes from the home page to a section, an article and a tag', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Đăng nhập' }).first()).toHaveAttribute('href', '/dang-nhap');
  await page.getByRole('navigation', { name: 'Menu chính' }).getByRole('link', { name: 'Khen thưởng', exact: true }).click();
  await expect(page).toHaveURL(/\/chuyen-muc\/khen-thuong$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Khen thưởng' })).toBeVisible();

  const first = page.getByRole('main').getByRole('article').first().getByRole('heading').getByRole('link');
  const title = (await first.textContent())!.trim();
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('navigation', { name: 'Đường dẫn' }).getByRole('link', { name: 'Khen thưởng' })).toBeVisible();

  await page.getByRole('link', { name: 'Bằng khen', exact: true }).or(page.getByRole('link', { name: 'Lễ trao tặng', exact: true })).first().click();
  await expect(page).toHaveURL(/\/the\//);
  await expect(page.getByRole('main').getByRole('link', { name: title })).toBeVisible();
});

test('an article shows the anatomy of a provincial report', async ({ page, request }) => {
  await page.goto(`/bai-viet/${REPORT.slug}`);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('h1')).toHaveText(REPORT.title);

  const time = page.locator('article time').first();
  await expect(time).toHaveText(VIETNAM_TIME);
  const datetime = (await time.getAttribute('datetime'))!;
  expect(datetime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+07:00$/);
  const [, y, mo, d, h, mi] = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(datetime)!;
  await expect(time).toHaveText(`${h}:${mi} ${d}/${mo}/${y}`);

  const lead = page.locator('article p.font-bold').first();
  await expect(lead).toContainText('(Thiduakhenthuong.anhoa.gov.vn) – Sáng nay');
  expect(await lead.evaluate((el) => getComputedStyle(el).fontWeight)).toBe('700');

  const figures = page.locator('article figure');
  await expect(figures).toHaveCount(3);
  await expect(figures.first().locator('figcaption')).toHaveText('Ảnh: Toàn cảnh Hội nghị');
  for (const img of await page.locator('article figure img').all()) {
    expect(await img.getAttribute('alt')).toBeTruthy();
  }

  await expect(page.getByText(REPORT.byline, { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Cờ thi đua', exact: true })).toHaveAttribute('href', '/the/co-thi-dua');

  const files = page.getByRole('region', { name: 'File đính kèm' });
  await expect(files.getByRole('link')).toHaveText('Báo cáo tổng kết công tác thi đua, khen thưởng năm 2025');
  await expect(files).toContainText(/\(PDF, \d+(,\d)? KB\)/);
  const download = await request.get((await files.getByRole('link').getAttribute('href'))!);
  expect(download.status()).toBe(200);
  expect(download.headers()['content-type']).toBe('application/pdf');
  expect(download.headers()['content-disposition']).toMatch(/^attachment; filename=".+\.pdf"; filename\*=UTF-8''/);
  expect((await download.body()).subarray(0, 5).toString()).toBe('%PDF-');

  await expect(page.getByRole('complementary')).toContainText('Tin cùng chuyên mục');
  await expect(page.getByRole('button', { name: 'In bài viết' })).toBeVisible();
  // The page carries no framework script: only its JSON-LD and the print button's own lines, which work.
  expect(await page.evaluate(() => [...document.scripts].map((script) => script.type || (script.src ? `src ${script.src}` : 'inline')))).toEqual(['application/ld+json', 'inline']);
  await page.evaluate(() => (window.print = () => document.body.setAttribute('data-printed', 'yes')));
  await page.getByRole('button', { name: 'In bài viết' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
});

test('an article carries JSON-LD, Dublin Core and social metadata that agree with the page', async ({ page }) => {
  await page.goto(`/bai-viet/${REPORT.slug}`);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd['@type']).toBe('NewsArticle');
  expect(jsonLd.headline).toBe(REPORT.title);
  expect(jsonLd.datePublished).toBe(await page.locator('article time').first().getAttribute('datetime'));
  expect(jsonLd.image).toHaveLength(3);
  expect(jsonLd.publisher.logo.url).toMatch(/\/logo-512\.png$/);

  const meta = (name: string) => page.locator(`meta[name="${name}"]`).getAttribute('content');
  expect(await meta('DC.title')).toBe(REPORT.title);
  expect(await meta('DC.creator')).toBe(REPORT.byline);
  expect(await meta('DC.language')).toBe('vi');
  expect(await meta('DC.identifier')).toMatch(new RegExp(`/bai-viet/${REPORT.slug}$`));
  expect(await meta('description')).toBeTruthy();
  expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(new RegExp(`^http.+/bai-viet/${REPORT.slug}$`));
  expect(await page.locator('meta[property="og:type"]').getAttribute('content')).toBe('article');
  expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary_large_image');

  for (const url of jsonLd.image as string[]) {
    const response = await page.request.get(url);
    expect(response.status()).toBe(200);
    expect(response.headers()['cache-control']).toContain('immutable');
  }
});

test('images have sizes, the lead loads eagerly and the rest lazily', async ({ page }) => {
  await page.goto(`/bai-viet/${REPORT.slug}`);
  const images = page.locator('main img');
  const count = await images.count();
  expect(count).toBeGreaterThan(3);
  for (let i = 0; i < count; i += 1) {
    const img = images.nth(i);
    expect(await img.getAttribute('width')).toMatch(/^\d+$/);
    expect(await img.getAttribute('height')).toMatch(/^\d+$/);
    expect(await img.getAttribute('alt')).not.toBeNull();
  }
  const lead = page.locator('article figure img').first();
  expect(await lead.getAttribute('loading')).toBe('eager');
  expect(await lead.getAttribute('fetchpriority')).toBe('high');
  expect(await page.locator('article figure img').nth(1).getAttribute('loading')).toBe('lazy');
  await expect(page.locator('article figure source[type="image/avif"]').first()).toHaveAttribute('srcset', /w320\.avif 320w/);
  await expect(page.locator('article figure source[type="image/webp"]').first()).toHaveAttribute('srcset', /w320\.webp 320w/);
  const avif = await page.request.get((await page.locator('article figure source[type="image/avif"]').first().getAttribute('srcset'))!.split(' ')[0]);
  expect(avif.headers()['content-type']).toBe('image/avif');
});

test('the print view leaves out navigation', async ({ page }) => {
  await page.goto(`/bai-viet/${REPORT.slug}`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Menu chính' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'In bài viết' })).toBeHidden();
  await expect(page.locator('h1')).toBeVisible();
});

test('section and tag lists paginate with ?trang=N', async ({ page }) => {
  await page.goto('/the/thi-dua-khen-thuong');
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(20);
  await page.getByRole('navigation', { name: 'Phân trang' }).getByRole('link', { name: 'Trang 2' }).click();
  await expect(page).toHaveURL(/\?trang=2$/);
  const second = await page.getByRole('main').getByRole('article').count();
  expect(second).toBeGreaterThan(0);
  expect(second).toBeLessThanOrEqual(20);
  await expect(page.getByRole('link', { name: 'Trang 2' })).toHaveAttribute('aria-current', 'page');
});

test('the HTML sitemap lists sections and articles', async ({ page }) => {
  await page.goto('/so-do-trang');
  await expect(page.getByRole('heading', { level: 1, name: 'Sơ đồ trang' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Gương điển hình tiên tiến' }).last()).toBeVisible();
  await expect(page.getByRole('link', { name: REPORT.title })).toBeVisible();
});

test('a table in an article has its caption and headers, and on a phone only the table scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/bai-viet/trao-huan-chuong-lao-dong-cho-8-tap-the-ca-nhan-co-thanh-tich-xuat-sac');
  const table = page.getByRole('table', { name: 'Danh sách tập thể, cá nhân được tặng Huân chương Lao động' });
  await expect(table.getByRole('columnheader')).toHaveText(['Tập thể, cá nhân', 'Hình thức', 'Thành tích']);
  await expect(table.locator('tbody tr')).toHaveCount(8);
  await expect(table.locator('tbody tr').first()).toHaveText(/Bệnh viện Đa khoa tỉnh\s*Hạng Nhì\s*2021–2025/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // Printed, the table is shown whole and its header row repeats on each page.
  await page.emulateMedia({ media: 'print' });
  const region = page.getByRole('region', { name: 'Danh sách tập thể, cá nhân được tặng Huân chương Lao động' });
  expect(await region.evaluate((el) => getComputedStyle(el).overflowX)).toBe('visible');
  expect(await table.locator('thead').evaluate((el) => getComputedStyle(el).display)).toBe('table-header-group');
});
