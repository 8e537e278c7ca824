import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { signIn } from './editor-helpers';
import { withDatabase } from './fixtures';

// The frame of the portal as its administrator changes it: a link added to the main menu
// shows in its place on every public page, and an uploaded logo replaces the drawn
// emblem. Then a reader meets the agency's pages, in Vietnamese and in English.

test.describe.configure({ mode: 'serial' });

const nav = (page: import('@playwright/test').Page) => page.getByRole('navigation', { name: 'Menu chính' }).getByRole('link');

test('an administrator adds a menu link and uploads the logo; every public page shows both', async ({ browser }) => {
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, 'admin', '/quan-tri/menu');
  const before = await (await browser.newContext()).newPage();
  await before.goto('/');
  const defaults = await nav(before).allTextContents();
  expect(defaults.slice(0, 2)).toEqual(['Trang chủ', 'Giới thiệu']);

  // A wrong address is refused under its field, and nothing changes.
  const add = admin.getByRole('form', { name: 'Thêm mục vào menu chính' });
  await add.getByLabel('Tên mục').fill('Biểu mẫu');
  await add.getByLabel('Địa chỉ').fill('javascript:alert(1)');
  await add.getByRole('button', { name: 'Thêm mục' }).click();
  await expect(add.getByText('Địa chỉ là một trang của cổng (bắt đầu bằng /, ví dụ /van-ban) hoặc một địa chỉ https://')).toBeVisible();
  await expect(add.getByLabel('Tên mục')).toHaveValue('Biểu mẫu');
  await add.getByLabel('Địa chỉ').fill('/bieu-mau');
  await add.getByLabel('Thứ tự').fill('15');
  await add.getByRole('button', { name: 'Thêm mục' }).click();
  await expect(admin.locator('ol[data-menu="MAIN"] > li')).toHaveCount(defaults.length + 1);

  await before.goto('/van-ban');
  await expect(nav(before)).toHaveText(['Trang chủ', 'Biểu mẫu', ...defaults.slice(1)]);
  await nav(before).nth(1).click();
  await expect(before).toHaveURL(/\/bieu-mau$/);

  // The logo: uploaded, checked by sharp, saved with the settings.
  const logo = path.join(os.tmpdir(), `logo-${Date.now()}.png`);
  await sharp(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="300" height="300"><circle cx="150" cy="150" r="140" fill="#c8102e"/><circle cx="150" cy="150" r="60" fill="#ffd200"/></svg>')).png().toFile(logo);
  await admin.goto('/quan-tri/cai-dat');
  await admin.getByLabel('Logo hoặc quốc huy (đầu trang)').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('%PDF-1.4 not an image') });
  await expect(admin.getByRole('alert').filter({ hasText: /ảnh/i }).first()).toBeVisible();
  await admin.getByLabel('Logo hoặc quốc huy (đầu trang)').setInputFiles(logo);
  await expect(admin.getByText('Đã tải lên; bấm Lưu để dùng ảnh này.')).toBeVisible();
  await admin.getByRole('button', { name: 'Lưu cài đặt' }).click();
  await expect(admin.getByText('Đã lưu cài đặt.')).toBeVisible();

  for (const address of ['/', '/van-ban', '/gioi-thieu']) {
    await before.goto(address);
    const image = before.locator('header img[data-site-logo]');
    await expect(image).toBeVisible();
    expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  }

  // Both undone the same way: the drawn emblem and the menu as it was come back.
  await admin.getByRole('button', { name: 'Bỏ ảnh này' }).first().click();
  await admin.getByRole('button', { name: 'Lưu cài đặt' }).click();
  await expect(admin.getByText('Đã lưu cài đặt.')).toBeVisible();
  await admin.goto('/quan-tri/menu');
  admin.once('dialog', (dialog) => void dialog.accept());
  await admin.getByRole('form', { name: 'Xóa mục Biểu mẫu' }).getByRole('button', { name: 'Xóa mục' }).click();
  await expect(admin.locator('ol[data-menu="MAIN"] > li')).toHaveCount(defaults.length);
  // And back to the default menu, which follows the sections as they change.
  admin.once('dialog', (dialog) => void dialog.accept());
  await admin.getByRole('form', { name: 'Dùng lại menu chính mặc định' }).getByRole('button').click();
  await expect(admin.locator('ol[data-menu="MAIN"] > li')).toHaveCount(0);
  await before.goto('/');
  await expect(nav(before)).toHaveText(defaults);
  await expect(before.locator('header img[data-site-logo]')).toHaveCount(0);
  await admin.context().close();
  await before.context().close();
});

test('a reader finds the agency’s pages, with their English versions, at 390 and 1280 px', async ({ browser }) => {
  for (const width of [390, 1280]) {
    const page = await (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
    await page.goto('/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Liên hệ' }).click();
    await expect(page).toHaveURL(/\/lien-he$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Liên hệ');
    await expect(page.locator('#lien-he-chi-tiet ~ dl dt')).toHaveText(['Địa chỉ', 'Điện thoại', 'Thư điện tử', 'Giờ làm việc']);
    await expect(page.getByText(/^Cập nhật lúc \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/)).toBeVisible();
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /\/en\/contact$/);
    let axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    await page.getByRole('link', { name: 'English' }).first().click();
    await expect(page).toHaveURL(/\/en\/contact$/);
    await expect(page.locator('[lang="en"] h1')).toHaveText('Contact');
    await expect(page.locator('link[rel="alternate"][hreflang="vi"]')).toHaveAttribute('href', /\/lien-he$/);

    await page.goto('/gioi-thieu/lanh-dao');
    await expect(page.locator('article h2')).toHaveText(['Trưởng ban Phạm Quốc Thịnh', 'Phó Trưởng ban Nguyễn Thị Thanh Vân', 'Phó Trưởng ban Lê Hoàng Minh']);
    await expect(page.locator('article figure img')).toHaveCount(3);
    await expect(page.locator('article figcaption').first()).toHaveText('Ảnh: Ông Phạm Quốc Thịnh, Trưởng ban Ban Thi đua – Khen thưởng tỉnh');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
    axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.context().close();
  }
  // A page's article address leads to the page.
  const slug = await withDatabase(async (client) => (await client.query(`SELECT a."slug" FROM "Article" a JOIN "AgencyPage" p ON p."articleId" = a."id" WHERE p."path" = 'lien-he'`)).rows[0].slug as string);
  const page = await (await browser.newContext()).newPage();
  await page.goto(`/bai-viet/${slug}`);
  await expect(page).toHaveURL(/\/lien-he$/);
  await page.context().close();
});

test('a reader rates a page in one tap and adds a comment; administrators see it, without the reader’s address', async ({ browser }) => {
  const reader = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await reader.goto('/thu-tuc-hanh-chinh');
  const widget = reader.getByRole('region', { name: 'Thông tin trên trang này có hữu ích với bạn không?' });
  await widget.getByRole('button', { name: 'Chưa hài lòng' }).click();
  await expect(reader.getByRole('status')).toHaveText('Cảm ơn bạn đã đánh giá.');
  const comment = `Nên ghi rõ phí, lệ phí của từng thủ tục (${Date.now()}).`;
  await reader.getByLabel('Góp ý thêm để trang tốt hơn (không bắt buộc)').fill(comment);
  await reader.getByRole('button', { name: 'Gửi góp ý' }).click();
  await expect(reader.getByRole('status')).toHaveText('Cảm ơn bạn; góp ý của bạn đã được ghi nhận.');
  await reader.getByRole('link', { name: 'Quay lại trang trước' }).click();
  await expect(reader).toHaveURL(/\/thu-tuc-hanh-chinh$/);

  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, 'admin', '/quan-tri/danh-gia');
  const row = admin.locator('[data-rating-table="trang"] tbody tr').filter({ hasText: '/thu-tuc-hanh-chinh' });
  await expect(row.locator('th')).toHaveText('/thu-tuc-hanh-chinh');
  await expect(row.locator('td').nth(3)).not.toHaveText('0');
  await expect(admin.getByText(comment)).toBeVisible();
  const csv = await (await admin.request.get('/api/quan-tri/danh-gia')).text();
  expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('Nhóm,Tháng hoặc trang,Rất hài lòng,Hài lòng,Bình thường,Chưa hài lòng,Số lượt,Điểm trung bình (1–4)');
  expect(csv).toContain('Theo trang,/thu-tuc-hanh-chinh,');
  const stored = await withDatabase(async (client) => JSON.stringify((await client.query(`SELECT * FROM "PageRating"`)).rows));
  expect(stored).not.toMatch(/127\.0\.0\.1|::1/);
  await reader.context().close();
  await admin.context().close();
});
