import { expect, test, type Browser } from '@playwright/test';
import { saveNow, signIn, startArticle } from './editor-helpers';

// An edit of a published article waits for a second person: the public page keeps the
// approved version until someone who did not write the edit publishes it.

test.use({ viewport: { width: 1280, height: 900 } });

async function as(browser: Browser, who: 'editor' | 'approver' | 'admin', path = '/quan-tri') {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signIn(page, who, path);
  return { page, close: () => context.close() };
}

test('a pending edit of a live article is compared and published by a second person', async ({ browser, page }) => {
  test.setTimeout(120_000);
  const title = `Bài đang đăng ${Date.now().toString(36)}`;
  await signIn(page, 'editor');
  await startArticle(page, title);
  await page.keyboard.type('Nội dung đã được duyệt.');
  await page.getByLabel('Sapo (đoạn mở đầu, in đậm)').fill('Sapo đã duyệt.');
  const id = await saveNow(page);
  const slug = await page.getByLabel('Đường dẫn').inputValue();
  await page.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(page.getByRole('heading', { name: 'Trạng thái: Chờ duyệt' })).toBeVisible();

  const approver = await as(browser, 'approver', `/quan-tri/bai-viet/${id}`);
  await approver.page.getByRole('button', { name: 'Duyệt và đăng ngay' }).click();
  await expect(approver.page.getByRole('heading', { name: 'Trạng thái: Đã đăng' })).toBeVisible();

  // The approver edits the live article: it becomes an edit waiting for approval.
  await approver.page.locator('#tieu-de').fill(`${title} (đã sửa)`);
  await approver.page.getByRole('button', { name: 'Lưu bản sửa (chờ duyệt)' }).click();
  await expect(approver.page.getByText('Đã lưu bản sửa. Trang công khai giữ bản đã duyệt cho đến khi người thứ hai duyệt bản sửa.')).toBeVisible();
  await expect((await page.request.get(`/bai-viet/${slug}`)).text()).resolves.not.toContain('(đã sửa)');
  await approver.page.reload();
  await expect(approver.page.getByText('Biểu mẫu đang hiện bản sửa chờ duyệt')).toBeVisible();
  await expect(approver.page.locator('#tieu-de')).toHaveValue(`${title} (đã sửa)`);
  await expect(approver.page.getByRole('button', { name: 'Duyệt và đăng bản sửa' })).toHaveCount(0);

  // A second person compares and publishes it.
  const admin = await as(browser, 'admin', '/quan-tri');
  await expect(admin.page.getByRole('link', { name: `${title} (đã sửa)` }).or(admin.page.getByRole('link', { name: title })).first()).toBeVisible();
  await admin.page.goto(`/quan-tri/bai-viet/${id}`);
  await admin.page.getByRole('link', { name: 'So sánh bản sửa với bản đang đăng' }).click();
  await expect(admin.page.locator('dd ins').first()).toHaveText(/\(đã sửa\)/);
  await admin.page.goto(`/quan-tri/bai-viet/${id}`);
  await admin.page.getByRole('button', { name: 'Duyệt và đăng bản sửa' }).click();
  await expect(admin.page.getByText('Biểu mẫu đang hiện bản sửa chờ duyệt')).toHaveCount(0);
  await page.goto(`/bai-viet/${slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${title} (đã sửa)`);
  await expect(page.getByText(/Cập nhật lúc/)).toBeVisible();
  await approver.close();
  await admin.close();
});
