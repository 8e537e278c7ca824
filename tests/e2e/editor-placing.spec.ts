import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { caretIn, editorSequence, paste, photoFile, photoIds, saveNow, signIn, startArticle, storedBody } from './editor-helpers';

// Placing photos between paragraphs (drag, keyboard, the marked insertion point), pasting
// from Word, and tables as readers get them.

test.use({ viewport: { width: 1280, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });

const stamp = () => Date.now().toString(36);

test('a photo is dragged from the photo panel between two paragraphs, then moved by keyboard', async ({ page }, testInfo) => {
  // Tall enough for the photo card and the paragraph to be on screen together.
  await page.setViewportSize({ width: 1280, height: 2400 });
  await signIn(page, 'editor');
  await startArticle(page, `Kéo thả ảnh ${stamp()}`);
  await page.keyboard.type('Đoạn một.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Đoạn hai.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Đoạn ba.');
  await page.locator('input[type=file][accept^="image"]').first().setInputFiles(await photoFile(testInfo.outputPath('keo.jpg'), 300));
  await page.getByLabel('Mô tả ảnh (alt) *').fill('Đại biểu dự hội nghị');
  await page.getByLabel('Chú thích').fill('Ảnh: Đại biểu dự hội nghị');
  await page.getByLabel('Chú thích').blur();
  // "Ảnh:" typed by habit is taken off; the card shows what the page will print.
  await expect(page.getByLabel('Chú thích')).toHaveValue('Đại biểu dự hội nghị');
  await expect(page.getByText('In dưới ảnh: Ảnh: Đại biểu dự hội nghị')).toBeVisible();

  // Dragged onto the lower half of the second paragraph: it lands after it.
  const target = page.getByRole('textbox', { name: 'Nội dung' }).getByText('Đoạn hai.');
  const box = (await target.boundingBox())!;
  await page.getByTitle('Kéo vào khung Nội dung để đặt ảnh').dragTo(target, { targetPosition: { x: 10, y: box.height - 2 } });
  const caption = 'ảnh: Ảnh: Đại biểu dự hội nghị';
  await expect.poll(() => editorSequence(page)).toEqual(['p: Đoạn một.', 'p: Đoạn hai.', caption, 'p: Đoạn ba.']);

  // Its own buttons move it a block at a time…
  await page.getByRole('button', { name: 'Đưa ảnh 1 lên trên một khối' }).click();
  await expect.poll(() => editorSequence(page)).toEqual(['p: Đoạn một.', caption, 'p: Đoạn hai.', 'p: Đoạn ba.']);
  // …and so does Alt+↓ with the photo selected.
  await page.locator('figure[data-figure-view] img').click();
  await page.keyboard.press('Alt+ArrowDown');
  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(() => editorSequence(page)).toEqual(['p: Đoạn một.', 'p: Đoạn hai.', 'p: Đoạn ba.', caption]);
  // With the caret in a paragraph, Alt+↑ moves the paragraph.
  await page.getByRole('textbox', { name: 'Nội dung' }).getByText('Đoạn một.').click();
  await caretIn(page, 'Đoạn một.');
  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(() => editorSequence(page)).toEqual(['p: Đoạn hai.', 'p: Đoạn một.', 'p: Đoạn ba.', caption]);

  const id = await saveNow(page);
  const [mediaId] = await photoIds(id);
  const p = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
  expect(await storedBody(id)).toEqual({ type: 'doc', content: [p('Đoạn hai.'), p('Đoạn một.'), p('Đoạn ba.'), { type: 'figure', attrs: { mediaId } }] });

  // A second photo dropped onto a slot pasted from a "Ảnh:" line fills it, with its caption.
  await page.getByRole('textbox', { name: 'Nội dung' }).getByText('Đoạn hai.').click();
  await caretIn(page, 'Đoạn hai.');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await paste(page, 'Ảnh: Các đại biểu tham quan mô hình');
  await page.getByRole('group', { name: 'Ảnh', exact: true }).locator('input[type=file]').setInputFiles(await photoFile(testInfo.outputPath('keo-2.jpg'), 40));
  await expect(page.getByTitle('Kéo vào khung Nội dung để đặt ảnh')).toHaveCount(2);
  await page.getByTitle('Kéo vào khung Nội dung để đặt ảnh').nth(1).dragTo(page.locator('[data-photo-slot-view]'));
  await expect(page.locator('[data-photo-slot-view]')).toHaveCount(0);
  await expect.poll(() => editorSequence(page)).toEqual(['p: Đoạn hai.', 'ảnh: Ảnh: Các đại biểu tham quan mô hình', 'p: Đoạn một.', 'p: Đoạn ba.', caption]);
  await expect(page.getByLabel('Chú thích').nth(1)).toHaveValue('Các đại biểu tham quan mô hình');
});

test('the insertion point is shown in the body, and inserting never splits a paragraph', async ({ page }, testInfo) => {
  await signIn(page, 'editor');
  await startArticle(page, `Chèn ảnh ${stamp()}`);
  await page.keyboard.type('Đoạn đầu tiên khá dài để đặt con trỏ vào giữa.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Đoạn cuối.');
  await page.getByRole('textbox', { name: 'Nội dung' }).getByText('Đoạn đầu tiên').click({ position: { x: 60, y: 5 } });
  await page.locator('input[type=file][accept^="image"]').first().setInputFiles(await photoFile(testInfo.outputPath('chen.jpg'), 20));
  await page.getByLabel('Mô tả ảnh (alt) *').fill('Ảnh chèn');
  // The editor is not focused now: the line shows where the photo will go.
  const marker = page.locator('.insertion-point');
  await expect(marker).toBeVisible();
  await expect(marker).toHaveText('Ảnh sẽ được chèn vào đây');
  const between = await page.locator('#noi-dung-bai > *').evaluateAll((els) => els.map((el) => (el.classList.contains('insertion-point') ? 'MARK' : el.textContent?.slice(0, 10))));
  expect(between.slice(0, 3)).toEqual(['Đoạn đầu t', 'MARK', 'Đoạn cuối.']);
  await page.getByRole('button', { name: 'Chèn vào nội dung' }).click();
  await expect.poll(() => editorSequence(page)).toEqual(['p: Đoạn đầu tiên khá dài để đặt con trỏ vào giữa.', 'ảnh: Chưa có chú thích', 'p: Đoạn cuối.']);
});

const WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0}</style></head><body>
<p class=MsoNormal style='text-align:justify'><span style='font-family:"Times New Roman";font-size:14pt'>Năm 2025, toàn tỉnh có <b>61 tập thể</b> được tặng <i>Cờ thi đua</i>, xem <a href="https://anhoa.gov.vn/van-ban/163">Quyết định 163</a>.<o:p></o:p></span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Ảnh: Quang cảnh lễ trao tặng<o:p></o:p></p>
<h1>Danh sách khen thưởng</h1>
<p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>Cờ thi đua cấp tỉnh</p>
<p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>Bằng khen của UBND tỉnh</p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>
<tr><td width=301 style='width:225pt'><p class=MsoNormal><b>Đơn vị</b></p></td><td width=301><p class=MsoNormal><b>Số lượng</b></p></td></tr>
<tr><td><p class=MsoNormal>Tập thể</p></td><td><p class=MsoNormal style='text-align:right'>58</p></td></tr>
<tr><td><p class=MsoNormal>Cá nhân</p></td><td><p class=MsoNormal>149</p></td></tr>
</table>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Đoạn cuối của bản tin.</p>
</body></html>`;

test('a Word document pasted keeps its paragraphs, marks, list and table; "Ảnh:" becomes a slot; the table reads well at 390 px', async ({ page }) => {
  await signIn(page, 'editor');
  const title = `Dán từ Word ${stamp()}`;
  await startArticle(page, title);
  await paste(page, 'Năm 2025, toàn tỉnh có 61 tập thể…', WORD_HTML);
  await expect(page.locator('[data-photo-slot-view]')).toHaveCount(1);
  await page.getByRole('textbox', { name: 'Nội dung' }).locator('table td').first().click();
  await page.getByRole('toolbar', { name: 'Bảng' }).getByLabel('Chú thích bảng').fill('Kết quả khen thưởng năm 2025');
  await page.getByLabel('Sapo (đoạn mở đầu, in đậm)').fill('Kết quả khen thưởng năm 2025.');
  const id = await saveNow(page);

  const t = (text: string, ...marks: object[]) => (marks.length ? { type: 'text', text, marks } : { type: 'text', text });
  const p = (...content: object[]) => ({ type: 'paragraph', content });
  const cell = (type: string, text: string) => ({ type, content: [p(t(text))] });
  expect(await storedBody(id)).toEqual({
    type: 'doc',
    content: [
      p(t('Năm 2025, toàn tỉnh có '), t('61 tập thể', { type: 'bold' }), t(' được tặng '), t('Cờ thi đua', { type: 'italic' }), t(', xem '), t('Quyết định 163', { type: 'link', attrs: { href: 'https://anhoa.gov.vn/van-ban/163' } }), t('.')),
      { type: 'photoSlot', attrs: { caption: 'Quang cảnh lễ trao tặng' } },
      { type: 'heading', attrs: { level: 2 }, content: [t('Danh sách khen thưởng')] },
      { type: 'orderedList', content: [{ type: 'listItem', content: [p(t('Cờ thi đua cấp tỉnh'))] }, { type: 'listItem', content: [p(t('Bằng khen của UBND tỉnh'))] }] },
      {
        type: 'table',
        attrs: { caption: 'Kết quả khen thưởng năm 2025' },
        content: [
          { type: 'tableRow', content: [cell('tableHeader', 'Đơn vị'), cell('tableHeader', 'Số lượng')] },
          { type: 'tableRow', content: [cell('tableCell', 'Tập thể'), cell('tableCell', '58')] },
          { type: 'tableRow', content: [cell('tableCell', 'Cá nhân'), cell('tableCell', '149')] },
        ],
      },
      p(t('Đoạn cuối của bản tin.')),
    ],
  });

  // The preview renders the public component: an accessible table that scrolls on its own.
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(`/quan-tri/xem-truoc/${id}`);
  const table = page.getByRole('table', { name: 'Kết quả khen thưởng năm 2025' });
  await expect(table.getByRole('columnheader')).toHaveText(['Đơn vị', 'Số lượng']);
  await expect(table.locator('th').first()).toHaveAttribute('scope', 'col');
  await expect(table.locator('tbody tr')).toHaveText([/Tập thể\s*58/, /Cá nhân\s*149/]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const region = page.getByRole('region', { name: 'Kết quả khen thưởng năm 2025' });
  await expect(region).toHaveAttribute('tabindex', '0');
  expect(await region.evaluate((el) => getComputedStyle(el).overflowX)).toBe('auto');
});

test('the article form with a table and photos has no WCAG 2.2 AA violations at 390 and 1280 px', async ({ page }, testInfo) => {
  await signIn(page, 'editor');
  await startArticle(page, `Kiểm tra trợ năng ${stamp()}`);
  await page.keyboard.type('Đoạn mở đầu.');
  await page.getByRole('button', { name: 'Chèn bảng' }).click();
  await page.keyboard.type('Hình thức');
  await page.locator('input[type=file][accept^="image"]').first().setInputFiles(await photoFile(testInfo.outputPath('a11y.jpg'), 90));
  await page.getByLabel('Mô tả ảnh (alt) *').fill('Quang cảnh');
  await page.getByRole('button', { name: 'Chèn vào nội dung' }).click();
  await paste(page, 'Ảnh: Chỗ ảnh còn trống');
  const id = await saveNow(page);
  const found: string[] = [];
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`/quan-tri/bai-viet/${id}`);
    await expect(page.locator('figure[data-figure-view]')).toHaveCount(1);
    await page.getByRole('textbox', { name: 'Nội dung' }).locator('table th').first().click();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    found.push(...results.violations.map((v) => `${width}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`));
  }
  expect(found).toEqual([]);
});
