import { expect, test } from '@playwright/test';
import { photoFile, saveNow, signIn, startArticle } from './editor-helpers';

// What an editor coming from WordPress expects of the form: no way to lose work by
// leaving, a Vietnamese date-time field whatever the browser's language, a version list
// that tells saves apart, photos reused from the library, boxes that grow, saving in reach.

test.use({ viewport: { width: 1280, height: 900 } });

const stamp = () => Date.now().toString(36);

test('leaving with unsaved changes asks first: the editor menu, the Back button, a reload', async ({ page }) => {
  await signIn(page, 'editor');
  await startArticle(page, `Rời trang ${stamp()}`);
  await page.keyboard.type('Đoạn đã lưu.');
  await page.getByLabel('Sapo (đoạn mở đầu, in đậm)').fill('Sapo.');
  await saveNow(page);
  // Submitted, the article no longer saves itself: changes wait for the editor's "Lưu".
  await page.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(page.getByRole('heading', { name: 'Trạng thái: Chờ duyệt' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Nội dung' }).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Thêm chữ chưa lưu.');

  // A link of the editor's own menu.
  await page.getByRole('navigation', { name: 'Khu vực biên tập' }).getByRole('link', { name: 'Bài viết' }).click();
  const dialog = page.getByRole('dialog', { name: 'Bài có thay đổi chưa lưu' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Ở lại trang' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Nội dung' })).toContainText('Đoạn đã lưu. Thêm chữ chưa lưu.');

  // The Back button.
  await page.goBack();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Ở lại trang' }).click();
  await expect(page.getByRole('textbox', { name: 'Nội dung' })).toContainText('Thêm chữ chưa lưu.');

  // Reloading: the browser's own question.
  let asked = false;
  page.once('dialog', (question) => {
    asked = question.type() === 'beforeunload';
    void question.dismiss();
  });
  await page.reload({ timeout: 3000 }).catch(() => undefined);
  expect(asked).toBe(true);
  await expect(page.getByRole('textbox', { name: 'Nội dung' })).toContainText('Thêm chữ chưa lưu.');

  // "Save, then leave" keeps the words and goes where the link pointed.
  await page.getByRole('navigation', { name: 'Khu vực biên tập' }).getByRole('link', { name: 'Bài viết' }).click();
  await dialog.getByRole('button', { name: 'Lưu rồi rời trang' }).click();
  await expect(page).toHaveURL(/\/quan-tri\/bai-viet$/);
  await page.goBack();
  await expect(page.getByRole('textbox', { name: 'Nội dung' })).toContainText('Đoạn đã lưu. Thêm chữ chưa lưu.');
});

test.describe('on an English-language browser', () => {
  test.use({ locale: 'en-US', timezoneId: 'America/New_York' });

  test('the publication time is written and picked as dd/MM/yyyy HH:mm in Vietnam time', async ({ page }) => {
    await signIn(page, 'editor');
    await startArticle(page, `Hẹn giờ ${stamp()}`);
    await page.keyboard.type('Nội dung.');
    const field = page.getByLabel('Thời điểm đăng (giờ Việt Nam)');
    await field.fill('31/02/2026 08:00');
    await expect(page.getByText('Chưa đúng dạng: nhập ngày/tháng/năm giờ:phút, ví dụ 27/04/2024 16:43.')).toBeVisible();
    await field.fill('');
    await page.getByRole('button', { name: 'Chọn…' }).click();
    const calendar = page.getByRole('group', { name: 'Chọn ngày giờ đăng' });
    await calendar.getByRole('combobox', { name: 'Chọn năm' }).selectOption('2027');
    await calendar.getByRole('combobox', { name: 'Chọn tháng' }).selectOption({ index: 2 });
    await calendar.getByRole('button', { name: /ngày 15 tháng 03 năm 2027/ }).click();
    await calendar.getByLabel('Giờ').selectOption('16');
    await calendar.getByLabel('Phút').selectOption('43');
    await calendar.getByRole('button', { name: 'Xong' }).click();
    await expect(field).toHaveValue('15/03/2027 16:43');
    await expect(page.getByText('Hẹn giờ: bài tự đăng lúc 16:43 15/03/2027.')).toBeVisible();
    const id = await saveNow(page);
    await page.reload();
    await expect(page.getByLabel('Thời điểm đăng (giờ Việt Nam)')).toHaveValue('15/03/2027 16:43');
    expect(id).toBeGreaterThan(0);
  });
});

test('the version list tells autosaves, manual saves and workflow steps apart', async ({ page }) => {
  await signIn(page, 'editor');
  await startArticle(page, `Các phiên bản ${stamp()}`);
  await page.keyboard.type('Bản đầu.');
  await page.getByLabel('Sapo (đoạn mở đầu, in đậm)').fill('Sapo của bài.');
  await saveNow(page);
  await page.getByRole('textbox', { name: 'Nội dung' }).click();
  await page.keyboard.type(' Gõ thêm rồi để tự lưu.');
  await expect(page.locator('aside').getByText(/Đã lưu lúc/)).toBeVisible({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(page.getByRole('heading', { name: 'Trạng thái: Chờ duyệt' })).toBeVisible();
  await page.getByRole('link', { name: 'Lịch sử phiên bản' }).click();
  const rows = page.getByRole('main').locator('ol > li');
  await expect(rows.locator('span.rounded')).toHaveText(['Gửi duyệt', 'Tự lưu', 'Tạo bài']);
  await page.getByRole('link', { name: 'Chỉ xem các lần lưu tay và các bước duyệt' }).click();
  await expect(rows.locator('span.rounded')).toHaveText(['Gửi duyệt', 'Tạo bài']);
});

test('a photo from the library is used again with its own caption in the new article', async ({ page }, testInfo) => {
  await signIn(page, 'editor');
  const unique = `Lễ đón nhận Huân chương Lao động ${stamp()}`;
  await startArticle(page, `Bài có ảnh gốc ${stamp()}`);
  await page.keyboard.type('Bài thứ nhất.');
  await page.locator('input[type=file][accept^="image"]').first().setInputFiles(await photoFile(testInfo.outputPath('goc.jpg'), 150));
  await page.getByLabel('Mô tả ảnh (alt) *').fill(`Đại diện đơn vị nhận ${unique}`);
  await page.getByLabel('Chú thích').fill(unique);
  await page.getByLabel('Nguồn ảnh (tác giả, đơn vị)').fill('Minh Thư');
  const first = await saveNow(page);

  await startArticle(page, `Bài dùng lại ảnh ${stamp()}`);
  await page.keyboard.type('Bài thứ hai.');
  await page.getByRole('button', { name: 'Thư viện ảnh…' }).click();
  const library = page.getByRole('dialog', { name: 'Thư viện ảnh' });
  await library.getByLabel('Tìm ảnh đã tải lên').fill(`le don nhan huan chuong ${unique.split(' ').pop()}`);
  await library.getByRole('button', { name: `Dùng ảnh: Đại diện đơn vị nhận ${unique}` }).click();
  await expect(library).toBeHidden();
  await expect(page.getByLabel('Mô tả ảnh (alt) *')).toHaveValue(`Đại diện đơn vị nhận ${unique}`);
  await expect(page.getByLabel('Nguồn ảnh (tác giả, đơn vị)')).toHaveValue('Minh Thư');
  await page.getByLabel('Chú thích').fill('Ảnh tư liệu');
  await page.getByRole('button', { name: 'Chèn vào nội dung' }).click();
  await saveNow(page);

  await page.goto(`/quan-tri/bai-viet/${first}`);
  await expect(page.getByLabel('Chú thích')).toHaveValue(unique);
});

test('title and sapo grow with their text, and saving stays in view at the bottom of a long article', async ({ page }) => {
  await signIn(page, 'editor');
  await startArticle(page, 'Tiêu đề rất dài '.repeat(12).trim());
  const title = page.locator('#tieu-de');
  expect(await title.evaluate((el) => el.scrollHeight <= el.clientHeight + 1 && el.clientHeight > 60)).toBe(true);
  const sapo = page.getByLabel('Sapo (đoạn mở đầu, in đậm)');
  await sapo.fill('Sapo dài nhiều dòng. '.repeat(20));
  expect(await sapo.evaluate((el) => el.scrollHeight <= el.clientHeight + 1 && el.clientHeight > 100)).toBe(true);
  await page.getByRole('textbox', { name: 'Nội dung' }).click();
  for (let i = 0; i < 30; i += 1) {
    await page.keyboard.type(`Đoạn số ${i + 1}.`);
    await page.keyboard.press('Enter');
  }
  await page.getByRole('heading', { name: 'File đính kèm' }).or(page.getByText('File đính kèm')).first().scrollIntoViewIfNeeded();
  await expect(page.getByRole('button', { name: 'Lưu', exact: true })).toBeInViewport();
  await expect(page.getByRole('button', { name: 'Gửi duyệt' })).toBeInViewport();
});
