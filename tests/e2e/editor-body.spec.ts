import { expect, test, type Page } from '@playwright/test';
import { caretIn, editorSequence, selected, paste, photoFile, photoIds, saveNow, signIn, startArticle, storedBody } from './editor-helpers';
import { REPORT } from './fixtures';

// Every kind of content the body editor makes, made through its UI, saved through the real
// server action, reloaded and saved again: the stored document is exactly the one expected,
// both times.

test.use({ viewport: { width: 1280, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });

const t = (text: string, ...marks: object[]) => (marks.length ? { type: 'text', text, marks } : { type: 'text', text });
const p = (...content: object[]) => ({ type: 'paragraph', content });
const doc = (...content: object[]) => ({ type: 'doc', content });
const bold = { type: 'bold' };
const italic = { type: 'italic' };
const item = (...content: object[]) => ({ type: 'listItem', content });
const tool = (page: Page, name: string) => page.getByRole('toolbar', { name: 'Định dạng nội dung' }).getByRole('button', { name, exact: true });

type Kind = { name: string; build: (page: Page) => Promise<void>; expected: (mediaIds: number[]) => object };

const kinds: Kind[] = [
  {
    name: 'đoạn văn',
    build: async (page) => page.keyboard.type('Đoạn văn có đủ dấu: thi đua, khen thưởng, Nhân dân.'),
    expected: () => doc(p(t('Đoạn văn có đủ dấu: thi đua, khen thưởng, Nhân dân.'))),
  },
  {
    name: 'tiêu đề H2 và H3',
    build: async (page) => {
      await tool(page, 'H2 – tiêu đề mục').click();
      await page.keyboard.type('Kết quả nổi bật');
      await page.keyboard.press('Enter');
      await tool(page, 'H3 – tiêu đề nhỏ').click();
      await page.keyboard.type('Khen thưởng tập thể');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Đoạn sau.');
    },
    expected: () => doc({ type: 'heading', attrs: { level: 2 }, content: [t('Kết quả nổi bật')] }, { type: 'heading', attrs: { level: 3 }, content: [t('Khen thưởng tập thể')] }, p(t('Đoạn sau.'))),
  },
  {
    name: 'chữ đậm, nghiêng, xuống dòng',
    build: async (page) => {
      await page.keyboard.type('Hơn ');
      await page.keyboard.press('Control+b');
      await page.keyboard.type('5.000 tập thể');
      await page.keyboard.press('Control+i');
      await page.keyboard.type(' xuất sắc');
      await page.keyboard.press('Control+b');
      await page.keyboard.press('Control+i');
      await page.keyboard.press('Shift+Enter');
      await page.keyboard.type('dòng hai.');
    },
    expected: () => doc(p(t('Hơn '), t('5.000 tập thể', bold), t(' xuất sắc', bold, italic), { type: 'hardBreak' }, t('dòng hai.'))),
  },
  {
    name: 'liên kết',
    build: async (page) => {
      await page.keyboard.type('Xem toàn văn Luật');
      await page.keyboard.press('Shift+Home');
      await selected(page, 'Xem toàn văn Luật');
      await page.keyboard.press('Control+k');
      const dialog = page.getByRole('dialog', { name: 'Chèn liên kết' });
      await dialog.getByLabel('Địa chỉ').fill('javascript:alert(1)');
      await dialog.getByRole('button', { name: 'Gắn liên kết' }).click();
      await expect(dialog.getByText('Liên kết phải bắt đầu bằng http://, https://, mailto:, tel: hoặc /')).toBeVisible();
      await dialog.getByLabel('Địa chỉ').fill('vbpl.vn/luat-thi-dua-khen-thuong');
      await dialog.getByRole('button', { name: 'Gắn liên kết' }).click();
      await page.keyboard.press('End');
      await page.keyboard.type(' và ');
      // A link to one of the site's own articles, found by its title without diacritics.
      await page.keyboard.press('Control+k');
      await page.getByRole('dialog').getByLabel('Hoặc tìm bài trên cổng').fill('hoi nghi tong ket cong tac');
      await page.getByRole('list', { name: 'Bài tìm được' }).getByRole('button').filter({ hasText: `/bai-viet/${REPORT.slug} ·` }).click();
    },
    expected: () =>
      doc(
        p(
          t('Xem toàn văn Luật', { type: 'link', attrs: { href: 'https://vbpl.vn/luat-thi-dua-khen-thuong' } }),
          t(' và '),
          t(REPORT.title, { type: 'link', attrs: { href: `/bai-viet/${REPORT.slug}` } }),
        ),
      ),
  },
  {
    name: 'danh sách chấm và danh sách số lồng nhau',
    build: async (page) => {
      await tool(page, 'Danh sách chấm').click();
      await page.keyboard.type('Cờ thi đua');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Bằng khen');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await tool(page, '1. Danh sách số').click();
      await page.keyboard.type('Thi đua cải cách hành chính');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Một cửa liên thông');
    },
    expected: () =>
      doc(
        { type: 'bulletList', content: [item(p(t('Cờ thi đua'))), item(p(t('Bằng khen')))] },
        { type: 'orderedList', content: [item(p(t('Thi đua cải cách hành chính')), { type: 'orderedList', content: [item(p(t('Một cửa liên thông')))] })] },
      ),
  },
  {
    name: 'trích dẫn',
    build: async (page) => {
      await tool(page, 'Trích dẫn').click();
      await page.keyboard.type('Thi đua là yêu nước, yêu nước thì phải thi đua.');
    },
    expected: () => doc({ type: 'blockquote', content: [p(t('Thi đua là yêu nước, yêu nước thì phải thi đua.'))] }),
  },
  {
    name: 'ảnh đặt giữa hai đoạn',
    build: async (page) => {
      await page.keyboard.type('Đoạn trước ảnh.');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Đoạn sau ảnh.');
      await page.locator('input[type=file][accept^="image"]').first().setInputFiles(await photoFile(test.info().outputPath('anh.jpg'), 200));
      await page.getByLabel('Mô tả ảnh (alt) *').fill('Quang cảnh hội nghị');
      // The caret in the middle of the first paragraph: the photo goes after it, never inside it.
      await page.getByText('Đoạn trước ảnh.').click();
      await caretIn(page, 'Đoạn trước ảnh.');
      await page.getByRole('button', { name: 'Chèn vào nội dung' }).click();
    },
    expected: ([mediaId]) => doc(p(t('Đoạn trước ảnh.')), { type: 'figure', attrs: { mediaId } }, p(t('Đoạn sau ảnh.'))),
  },
  {
    name: 'chỗ ảnh từ dòng “Ảnh:” dán vào',
    build: async (page) => {
      await paste(page, 'Đoạn một.\n\nẢnh: Toàn cảnh Hội nghị\n\nĐoạn hai.');
    },
    expected: () => doc(p(t('Đoạn một.')), { type: 'photoSlot', attrs: { caption: 'Toàn cảnh Hội nghị' } }, p(t('Đoạn hai.'))),
  },
  {
    name: 'bảng có hàng tiêu đề và chú thích',
    build: async (page) => {
      await tool(page, 'Chèn bảng').click();
      const cells = ['Hình thức', 'Tập thể', 'Cá nhân', 'Cờ thi đua cấp tỉnh', '58', '0', 'Bằng khen', '120', '342'];
      for (const [i, cell] of cells.entries()) {
        await page.keyboard.type(cell);
        if (i < cells.length - 1) await page.keyboard.press('Tab');
      }
      await page.getByRole('toolbar', { name: 'Bảng' }).getByLabel('Chú thích bảng').fill('Kết quả khen thưởng năm 2025');
    },
    expected: () => {
      const row = (type: string, ...cells: string[]) => ({ type: 'tableRow', content: cells.map((text) => ({ type, content: [p(t(text))] })) });
      return doc({
        type: 'table',
        attrs: { caption: 'Kết quả khen thưởng năm 2025' },
        content: [row('tableHeader', 'Hình thức', 'Tập thể', 'Cá nhân'), row('tableCell', 'Cờ thi đua cấp tỉnh', '58', '0'), row('tableCell', 'Bằng khen', '120', '342')],
      });
    },
  },
];

test.describe('each kind of content, made in the editor, is stored exactly and survives a reload', () => {
  test.beforeEach(async ({ page }) => signIn(page, 'editor'));

  for (const kind of kinds) {
    test(kind.name, async ({ page }) => {
      await startArticle(page, `Mẫu ${kind.name} ${Date.now().toString(36)}`);
      await kind.build(page);
      const id = await saveNow(page);
      const expected = kind.expected(await photoIds(id));
      expect(await storedBody(id)).toEqual(expected);
      const before = await editorSequence(page);
      await page.reload();
      await expect(page.getByRole('textbox', { name: 'Nội dung' })).toBeVisible();
      expect(await editorSequence(page)).toEqual(before);
      // Saved again without a change, it is the same document.
      await page.getByRole('button', { name: 'Lưu', exact: true }).click();
      await expect(page.getByText('Đã lưu.', { exact: true })).toBeVisible();
      expect(await storedBody(id)).toEqual(expected);
    });
  }
});
