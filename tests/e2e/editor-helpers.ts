import { readdir, writeFile } from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';
import sharp from 'sharp';
import { withDatabase } from './fixtures';

export const ACCOUNTS = {
  editor: ['bientap@anhoa.gov.vn', 'BienTap@2026'],
  approver: ['bbt@anhoa.gov.vn', 'BanBienTap@2026'],
  contributor: ['ctv@anhoa.gov.vn', 'CongTacVien@2026'],
  admin: ['quantri@anhoa.gov.vn', 'QuanTri@2026'],
} as const;

export async function signIn(page: Page, who: keyof typeof ACCOUNTS, next = '/quan-tri') {
  await page.goto(`/dang-nhap?tiep=${encodeURIComponent(next)}`);
  await page.getByLabel('Email').fill(ACCOUNTS[who][0]);
  await page.getByLabel('Mật khẩu').fill(ACCOUNTS[who][1]);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  // The sign-in page's own address ends with "?tiep=…": wait for the page signed in to.
  await expect(page).toHaveURL((url) => `${url.pathname}${url.search}` === next);
}

/** A camera-like JPEG, written by sharp, different for each seed. */
export async function photoFile(file: string, hue: number): Promise<string> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1067"><rect width="100%" height="100%" fill="hsl(${hue},55%,45%)"/><circle cx="800" cy="520" r="300" fill="hsl(${(hue + 120) % 360},60%,60%)"/></svg>`;
  await sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toFile(file);
  return file;
}

/** A small but valid one-page PDF. */
export function pdfBytes(text: string): Buffer {
  const stream = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** Uploaded files in the e2e server's STORAGE_DIR (derived photo sizes are caches, left out). */
export async function storedFileCount(): Promise<number> {
  const root = process.env.STORAGE_DIR;
  if (!root) return -1;
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile() && !entry.parentPath.includes(`${root}/derived`)).length;
}

/** A new article in the form with a title and a section, its body focused. */
export async function startArticle(page: Page, title: string) {
  await page.goto('/quan-tri/bai-viet/moi');
  await page.locator('#tieu-de').fill(title);
  await page.getByLabel('Chuyên mục').selectOption({ label: 'Tin hoạt động' });
  await page.getByRole('textbox', { name: 'Nội dung' }).click();
}

/** Ctrl+S, then the article's id once the save is confirmed. */
export async function saveNow(page: Page): Promise<number> {
  await page.keyboard.press('Control+s');
  await expect(page.getByText('Đã lưu.', { exact: true })).toBeVisible();
  await expect(page).toHaveURL(/\/quan-tri\/bai-viet\/\d+$/);
  return Number(new URL(page.url()).pathname.split('/').pop());
}

/** Puts text (and HTML, when given) on the clipboard and pastes it where the focus is. */
export async function paste(page: Page, text: string, html?: string) {
  await page.evaluate(
    async ([plain, rich]) => {
      const item: Record<string, Blob> = { 'text/plain': new Blob([plain], { type: 'text/plain' }) };
      if (rich) item['text/html'] = new Blob([rich], { type: 'text/html' });
      await navigator.clipboard.write([new ClipboardItem(item)]);
    },
    [text, html ?? ''] as const,
  );
  await page.keyboard.press('Control+V');
}

/** The body editor's blocks as the editor sees them. */
export async function editorSequence(page: Page): Promise<string[]> {
  return page.locator('#noi-dung-bai > *').evaluateAll((elements) =>
    elements.flatMap((el) => {
      const figure = el.querySelector('figure[data-figure-view]');
      if (figure) return [`ảnh: ${figure.querySelector('figcaption')?.textContent?.trim()}`];
      if (el.querySelector('[data-photo-slot-view]')) return ['chỗ ảnh chưa có ảnh'];
      if (el.tagName === 'P' && el.textContent?.trim()) return [`p: ${el.textContent.trim()}`];
      if (el.tagName === 'P' || el.classList.contains('insertion-point')) return [];
      return [`${el.tagName.toLowerCase()}: ${el.textContent?.trim()}`];
    }),
  );
}

/** The public body's blocks as readers see them. */
export async function publicSequence(page: Page): Promise<string[]> {
  return page.locator('article').first().locator('.prose > *').evaluateAll((elements) =>
    elements.map((el) => (el.tagName === 'FIGURE' ? `ảnh: ${el.querySelector('figcaption')?.textContent?.trim()}` : `${el.tagName.toLowerCase()}: ${el.textContent?.trim()}`)),
  );
}

/** The body document as stored for an article. */
export async function storedBody(id: number): Promise<unknown> {
  return withDatabase(async (db) => (await db.query('SELECT body FROM "Article" WHERE id = $1', [id])).rows[0]?.body);
}

/** Media ids of an article's photos, in their order. */
export async function photoIds(id: number): Promise<number[]> {
  return withDatabase(async (db) => (await db.query('SELECT "mediaId" FROM "ArticleMedia" WHERE "articleId" = $1 ORDER BY position', [id])).rows.map((r) => r.mediaId));
}

/**
 * Waits until the body editor's caret is in the block with this text. A click moves the
 * browser's selection at once; the editor takes it up on the next "selectionchange".
 * (Tiptap keeps its editor on the editable element for tests: `.ProseMirror.editor`.)
 */
export async function caretIn(page: Page, text: string) {
  await expect.poll(() => editorSelection(page).then((s) => s?.block)).toBe(text);
}

/** Waits until the body editor has taken up the text selected in the browser. */
export async function selected(page: Page, text: string) {
  await expect.poll(() => editorSelection(page).then((s) => s?.text)).toBe(text);
}

type TiptapState = { selection: { from: number; to: number; $from: { parent: { textContent: string } } }; doc: { textBetween: (from: number, to: number) => string } };

function editorSelection(page: Page) {
  return page.evaluate(() => {
    const state = (document.querySelector('.ProseMirror') as HTMLElement & { editor?: { state: TiptapState } }).editor?.state;
    return state ? { block: state.selection.$from.parent.textContent, text: state.doc.textBetween(state.selection.from, state.selection.to) } : null;
  });
}

/** Two tags: one picked from the existing ones by typing without diacritics, one new. */
export async function addTags(page: Page, newTag: string) {
  const tags = page.getByRole('combobox', { name: 'Tag' });
  await tags.fill('thi dua khen');
  await page.getByRole('listbox', { name: 'Tag gợi ý' }).getByRole('option').first().click();
  await tags.fill(newTag);
  await tags.press('Enter');
}

/** Uploads a small PDF as the article's attachment and gives it a title. */
export async function attachPdf(page: Page, file: string, text: string, title: string) {
  await writeFile(file, pdfBytes(text));
  await page.locator('input[type=file][accept^=".pdf"]').setInputFiles(file);
  const fileTitle = page.getByLabel(/Tên hiển thị của tệp/);
  await expect(fileTitle).toBeVisible({ timeout: 20_000 });
  await fileTitle.fill(title);
}
