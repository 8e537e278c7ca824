import { writeFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { withDatabase } from './fixtures';
import { ACCOUNTS, addTags, attachPdf, photoFile, signIn, storedFileCount } from './editor-helpers';

// The whole editorial round trip of issue 3, in a real browser against the production build.

const stamp = Date.now().toString(36);
const TITLE = `Hội nghị tổng kết phong trào thi đua “Dân vận khéo” năm 2026 ${stamp}`;
const SLUG = `hoi-nghi-tong-ket-phong-trao-thi-dua-dan-van-kheo-nam-2026-${stamp}`;

async function statusIs(page: Page, label: string) {
  await expect(page.getByRole('heading', { name: `Trạng thái: ${label}` })).toBeVisible();
}

test('an article goes from an editor through return and approval to every public page at once', async ({ browser, page }, testInfo) => {
  test.setTimeout(180_000);
  // Public pages are visited first, so that what they show later proves they were refreshed.
  await page.goto('/');
  await page.goto('/chuyen-muc/tin-hoat-dong');
  await page.request.get('/rss.xml');
  await page.request.get('/sitemap.xml');

  await signIn(page, 'editor', '/quan-tri/bai-viet/moi');
  await page.locator('#tieu-de').fill(TITLE);
  await expect(page.getByLabel('Đường dẫn')).toHaveValue(SLUG);
  await page.getByLabel('Sapo (đoạn mở đầu, in đậm)').fill('Sáng 24/11, Ban Dân vận Tỉnh uỷ tổ chức hội nghị tổng kết phong trào thi đua “Dân vận khéo” giai đoạn 2021–2026.');
  await page.getByLabel('Nguồn tin (đầu sapo)').fill('Anhoa.gov.vn');
  await page.getByLabel('Chuyên mục').selectOption({ label: 'Tin hoạt động' });
  const body = page.getByRole('textbox', { name: 'Nội dung' });
  await body.click();
  await page.keyboard.type('Dự hội nghị có đồng chí Phó Chủ tịch UBND tỉnh, Chủ tịch Hội đồng Thi đua – Khen thưởng tỉnh.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Qua 5 năm, phong trào đã có hơn 1.200 mô hình “Dân vận khéo” được công nhận ở các cấp.');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Tiêu đề mục' }).click();
  await page.keyboard.type('Khen thưởng tập thể, cá nhân tiêu biểu');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Nhân dịp này, UBND tỉnh tặng Bằng khen cho 25 tập thể và 40 cá nhân.');

  // Three photos, picked at once; each gets alt text, a caption and a credit.
  const photos = await Promise.all([10, 130, 250].map((hue, i) => photoFile(testInfo.outputPath(`hoi-nghi-${i + 1}.jpg`), hue)));
  await page.locator('input[type=file][accept^="image"]').setInputFiles(photos);
  await expect(page.getByLabel('Mô tả ảnh (alt) *')).toHaveCount(3, { timeout: 30_000 });
  const captions = ['Quang cảnh hội nghị.', 'Đồng chí Phó Chủ tịch UBND tỉnh phát biểu.', 'Trao Bằng khen cho các tập thể tiêu biểu.'];
  for (let i = 0; i < 3; i += 1) {
    await page.getByLabel('Mô tả ảnh (alt) *').nth(i).fill(`Ảnh ${i + 1}: ${captions[i].replace('.', '')}`);
    await page.getByLabel('Chú thích').nth(i).fill(captions[i]);
    await page.getByLabel('Nguồn ảnh (tác giả, đơn vị)').nth(i).fill('Ngọc Hân');
  }
  await page.getByRole('button', { name: 'Chèn vào nội dung' }).nth(1).click();

  // Two tags: one typed ahead without diacritics from the existing ones, one new.
  await addTags(page, 'Dân vận khéo');
  await attachPdf(page, testInfo.outputPath('Ke-hoach-tong-ket.pdf'), 'Ke hoach tong ket phong trao Dan van kheo', 'Kế hoạch tổng kết phong trào thi đua “Dân vận khéo”');

  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByText('Đã lưu.', { exact: true })).toBeVisible();
  await expect(page).toHaveURL(/\/quan-tri\/bai-viet\/\d+$/);
  const editUrl = page.url();
  await page.getByRole('button', { name: 'Gửi duyệt' }).click();
  await statusIs(page, 'Chờ duyệt');

  // The approver returns it with a comment.
  const approverContext = await browser.newContext();
  const approver = await approverContext.newPage();
  await signIn(approver, 'approver');
  await expect(approver.getByRole('link', { name: TITLE })).toBeVisible();
  await approver.goto(editUrl);
  await approver.getByRole('button', { name: 'Trả lại…' }).click();
  await approver.getByLabel('Lý do trả lại (người viết sẽ thấy)').fill('Bổ sung số mô hình được công nhận cấp tỉnh.');
  await approver.getByRole('button', { name: 'Trả lại bài' }).click();
  await statusIs(approver, 'Trả lại');

  // The editor fixes it and submits again.
  await page.reload();
  await statusIs(page, 'Trả lại');
  await expect(page.getByText('Bổ sung số mô hình được công nhận cấp tỉnh.')).toBeVisible();
  await page.getByLabel('Sapo (đoạn mở đầu, in đậm)').fill('Sáng 24/11, Ban Dân vận Tỉnh uỷ tổng kết phong trào “Dân vận khéo” giai đoạn 2021–2026, với 86 mô hình cấp tỉnh.');
  await page.getByRole('button', { name: 'Gửi duyệt' }).click();
  await statusIs(page, 'Chờ duyệt');

  // The approver publishes; the server action's request is kept to replay below.
  await approver.reload();
  const actionRequest = approver.waitForRequest((request) => request.method() === 'POST' && Boolean(request.headers()['next-action']) && (request.postData() ?? '').includes('"kind":"publish"'));
  await approver.getByRole('button', { name: 'Duyệt và đăng ngay' }).click();
  await statusIs(approver, 'Đã đăng');
  const replay = await actionRequest;

  // Every public page shows it at once.
  const article = await page.request.get(`/bai-viet/${SLUG}`);
  expect(article.status()).toBe(200);
  await page.goto(`/bai-viet/${SLUG}`);
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByText('(Anhoa.gov.vn) – Sáng 24/11, Ban Dân vận Tỉnh uỷ tổng kết')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Khen thưởng tập thể, cá nhân tiêu biểu' })).toBeVisible();
  for (const caption of captions) await expect(page.locator('figcaption').filter({ hasText: caption })).toHaveText(`Ảnh: ${caption} (Ngọc Hân)`);
  await expect(page.getByRole('link', { name: 'Dân vận khéo', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Thi đua khen thưởng', exact: true }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: /Kế hoạch tổng kết phong trào thi đua “Dân vận khéo”/ })).toBeVisible();
  await page.goto('/chuyen-muc/tin-hoat-dong');
  await expect(page.getByRole('link', { name: TITLE }).first()).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('link', { name: TITLE }).first()).toBeVisible();
  expect(await (await page.request.get('/rss.xml')).text()).toContain(SLUG);
  expect(await (await page.request.get('/sitemap.xml')).text()).toContain(`/bai-viet/${SLUG}`);

  // Replayed without a session, or by a contributor, the publish action is refused.
  const post = (headers: Record<string, string>) => fetch(replay.url(), { method: 'POST', headers, body: replay.postData() ?? '' });
  const headers = { 'next-action': replay.headers()['next-action'], 'content-type': replay.headers()['content-type'] ?? 'text/plain;charset=UTF-8', accept: 'text/x-component' };
  const anonymous = await post(headers);
  expect(await anonymous.text()).toContain('Vui lòng đăng nhập để tiếp tục.');
  const contributorContext = await browser.newContext();
  const contributor = await contributorContext.newPage();
  await signIn(contributor, 'contributor');
  const cookie = (await contributorContext.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  expect(await (await post({ ...headers, cookie })).text()).toContain('Bạn không có quyền thực hiện thao tác này.');
  await approverContext.close();
  await contributorContext.close();
});

test('a contributor writes and submits but cannot publish or upload', async ({ page }) => {
  await signIn(page, 'contributor', '/quan-tri/bai-viet/moi');
  await page.locator('#tieu-de').fill(`Tin cộng tác viên ${stamp}`);
  await page.getByLabel('Chuyên mục').selectOption({ label: 'Tin hoạt động' });
  await page.getByLabel('Sapo (đoạn mở đầu, in đậm)').fill('Tin ngắn từ cơ sở.');
  await page.getByRole('textbox', { name: 'Nội dung' }).click();
  await page.keyboard.type('Nội dung tin ngắn.');
  await expect(page.getByText('Cộng tác viên không tải ảnh lên')).toBeVisible();
  // The draft saves itself a few seconds after typing stops.
  await expect(page.locator('aside').getByText(/Đã lưu lúc/)).toBeVisible({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(page.getByRole('heading', { name: 'Trạng thái: Chờ duyệt' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Duyệt và đăng/ })).toHaveCount(0);
  const upload = await page.request.post('/api/quan-tri/anh', { data: Buffer.from([0xff, 0xd8, 0xff]), headers: { 'x-file-name': 'a.jpg' } });
  expect(upload.status()).toBe(403);
  expect((await upload.json()).error).toBe('Bạn không có quyền thực hiện thao tác này.');
});

test('anonymous visitors cannot reach the editor area or call its handlers', async ({ request }) => {
  for (const path of ['/quan-tri/bai-viet', '/quan-tri/bai-viet/moi', '/quan-tri/nguoi-dung', '/quan-tri/xem-truoc/1']) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect([307, 303, 302]).toContain(response.status());
    expect(response.headers().location).toContain('/dang-nhap');
  }
  for (const path of ['/api/quan-tri/anh', '/api/quan-tri/tep']) {
    const response = await request.post(path, { data: Buffer.from('%PDF-1.4'), headers: { 'x-file-name': 'a.pdf' } });
    expect(response.status()).toBe(401);
    expect((await response.json()).error).toBe('Vui lòng đăng nhập để tiếp tục.');
  }
  const editor = await request.get('/quan-tri', { maxRedirects: 0 });
  expect(editor.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(editor.headers()['content-security-policy']).not.toContain('unsafe-eval');
});

test('a renamed .html posing as a .jpg and a 60 MB file are refused, leaving nothing behind', async ({ page }, testInfo) => {
  await signIn(page, 'editor', '/quan-tri/bai-viet/moi');
  const before = { files: await storedFileCount(), rows: await withDatabase(async (db) => (await db.query('SELECT (SELECT count(*) FROM "Media") + (SELECT count(*) FROM "Attachment") AS n')).rows[0].n) };

  const fake = testInfo.outputPath('anh-hoi-nghi.jpg');
  await writeFile(fake, '<!doctype html><html><body><script>alert(document.cookie)</script></body></html>');
  await page.locator('input[type=file][accept^="image"]').setInputFiles(fake);
  await expect(page.getByRole('alert').filter({ hasText: 'Tệp không phải ảnh JPEG, PNG hoặc WebP.' })).toBeVisible();

  const huge = testInfo.outputPath('bao-cao-rat-lon.pdf');
  await writeFile(huge, Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(60 * 1024 * 1024)]));
  await page.locator('input[type=file][accept^=".pdf"]').setInputFiles(huge);
  await expect(page.getByRole('alert').filter({ hasText: 'Tệp đính kèm vượt quá 50 MB.' })).toBeVisible();
  // The same file sent straight to the handler, past the browser's check.
  const direct = await page.request.post('/api/quan-tri/tep', { data: Buffer.alloc(60 * 1024 * 1024), headers: { 'x-file-name': 'bao-cao.pdf' } });
  expect(direct.status()).toBe(413);
  expect((await direct.json()).error).toBe('Tệp đính kèm vượt quá 50 MB.');

  expect({ files: await storedFileCount(), rows: await withDatabase(async (db) => (await db.query('SELECT (SELECT count(*) FROM "Media") + (SELECT count(*) FROM "Attachment") AS n')).rows[0].n) }).toEqual(before);
  expect(ACCOUNTS.editor[0]).toBe('bientap@anhoa.gov.vn');
});
