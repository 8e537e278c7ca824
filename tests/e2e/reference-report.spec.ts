import { expect, test } from '@playwright/test';
import { reportsToWrite, type Report } from '../support/report-text';
import { addTags, attachPdf, editorSequence, paste, photoFile, publicSequence, signIn } from './editor-helpers';

// Issue 8's acceptance test: an editor writes a provincial report as its public page must
// show it (paragraphs, four photos between them with their captions, the sapo with its
// source, byline, tags, a PDF), through the UI, at 1280 px; the approver publishes it; the
// public page and the reloaded form show the same blocks in the same order.

test.use({ viewport: { width: 1280, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });

const expectedSequence = (report: Report) => report.blocks.map((block) => (block.kind === 'p' ? `p: ${block.text}` : `ảnh: Ảnh: ${block.caption}`));

for (const { name, report } of reportsToWrite()) {
  test(`${name}: written through the editor, published, shown block for block`, async ({ browser, page }, testInfo) => {
    test.setTimeout(180_000);
    const stamp = Date.now().toString(36);
    const title = `${report.title} ${stamp}`;
    await signIn(page, 'editor', '/quan-tri/bai-viet/moi');
    await page.locator('#tieu-de').fill(title);

    // The sapo pasted with its "(Source) – " prefix: the source moves to its own field.
    await page.locator('#sapo').click();
    await paste(page, report.sapoLine);
    await expect(page.locator('#sapo')).toHaveValue(report.sapo);
    await expect(page.getByLabel('Nguồn tin (đầu sapo)')).toHaveValue(report.source);
    await expect(page.locator('#sapo-in')).toContainText(`In trên trang: (${report.source}) – ${report.sapo.slice(0, 60)}`);

    await page.getByLabel('Chuyên mục').selectOption({ label: 'Tin hoạt động' });
    await page.getByLabel('Thời điểm đăng (giờ Việt Nam)').fill(report.timeInput);
    await expect(page.getByText(`Tin nhập lại: bài hiển thị thời điểm ${report.time}.`)).toBeVisible();
    await page.getByLabel('Tác giả (cuối bài)').fill(report.byline);

    // The whole body pasted at once: each "Ảnh: …" line becomes a photo slot in its place.
    await page.getByRole('textbox', { name: 'Nội dung' }).click();
    await paste(page, report.bodyText);
    const captions = report.blocks.flatMap((block) => (block.kind === 'figure' ? [block.caption] : []));
    await expect(page.locator('[data-photo-slot-view]')).toHaveCount(captions.length);
    expect(await editorSequence(page)).toEqual(report.blocks.map((block) => (block.kind === 'p' ? `p: ${block.text}` : 'chỗ ảnh chưa có ảnh')));

    // Only the photos are left to give: one file per slot.
    for (const [i, caption] of captions.entries()) {
      const file = await photoFile(testInfo.outputPath(`anh-${i + 1}.jpg`), 40 + i * 70);
      await page.getByLabel(`Tải ảnh lên cho chỗ ảnh “${caption}”`).setInputFiles(file);
      await expect(page.locator('[data-photo-slot-view]')).toHaveCount(captions.length - i - 1, { timeout: 30_000 });
    }
    expect(await editorSequence(page)).toEqual(expectedSequence(report));
    const alts = page.getByLabel('Mô tả ảnh (alt) *');
    await expect(alts).toHaveCount(captions.length);
    for (const [i, caption] of captions.entries()) await alts.nth(i).fill(`Ảnh ${i + 1}: ${caption}`);

    await addTags(page, `Tổng kết ${stamp}`);
    await attachPdf(page, testInfo.outputPath('Bao-cao-tong-ket.pdf'), 'Bao cao tong ket cong tac thi dua khen thuong', 'Báo cáo tổng kết công tác thi đua, khen thưởng');
    // Its size in Vietnamese, never "(0 MB)".
    await expect(page.getByText(/Bao-cao-tong-ket\.pdf \(\d+(,\d)? (B|KB)\)/)).toBeVisible();

    await page.keyboard.press('Control+s');
    await expect(page.getByText('Đã lưu.', { exact: true })).toBeVisible();
    await expect(page).toHaveURL(/\/quan-tri\/bai-viet\/\d+$/);

    // Reloaded, the form shows the same blocks in the same order.
    await page.reload();
    await expect(page.locator('figure[data-figure-view]')).toHaveCount(captions.length);
    expect(await editorSequence(page)).toEqual(expectedSequence(report));
    await expect(page.locator('#sapo')).toHaveValue(report.sapo);
    await expect(page.getByLabel('Thời điểm đăng (giờ Việt Nam)')).toHaveValue(report.timeInput);
    const editUrl = page.url();
    await page.getByRole('button', { name: 'Gửi duyệt' }).click();
    await expect(page.getByRole('heading', { name: 'Trạng thái: Chờ duyệt' })).toBeVisible();

    const approverContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const approver = await approverContext.newPage();
    await signIn(approver, 'approver');
    await approver.goto(editUrl);
    await approver.getByRole('button', { name: 'Duyệt và đăng ngay' }).click();
    await expect(approver.getByRole('heading', { name: 'Trạng thái: Đã đăng' })).toBeVisible();
    await approverContext.close();

    // The public page, top to bottom.
    const slug = (await page.getByLabel('Đường dẫn').inputValue()).trim();
    await page.goto(`/bai-viet/${slug}`);
    const article = page.locator('article').first();
    await expect(article.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(article.locator('time').first()).toHaveText(report.time);
    await expect(article.getByText(`(${report.source}) – ${report.sapo}`, { exact: true })).toBeVisible();
    expect(await publicSequence(page)).toEqual(expectedSequence(report));
    expect(await article.textContent()).not.toContain('Ảnh: Ảnh:');
    await expect(article.locator('p.text-right')).toHaveText(report.byline);
    await expect(article.getByRole('link', { name: `Tổng kết ${stamp}` })).toBeVisible();
    await expect(article.getByRole('link', { name: /Báo cáo tổng kết công tác thi đua, khen thưởng/ })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('trang-cong-khai.png'), fullPage: true });
  });
}
