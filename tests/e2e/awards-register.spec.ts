import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { xlsx } from '../support/xlsx';
import { pdfBytes, saveNow, signIn, startArticle } from './editor-helpers';
import { withDatabase } from './fixtures';

// "Tra cứu khen thưởng" the way its users meet it: an editor enters a decision and
// imports its annexed list of 50 from Excel, an approver publishes it, and a citizen on a
// phone finds one person by a name typed without diacritics, opens the decision and
// downloads the result as CSV. A person who asked not to be published is nowhere.

test.describe.configure({ mode: 'serial' });

const NUMBER = `${7000 + (Date.now() % 2000)}/QĐ-UBND`;
const YEAR = new Date(Date.now() + 7 * 3600_000).getUTCFullYear();
const SLUG = `${NUMBER.split('/')[0]}-qd-ubnd-${YEAR}`;
const FAMILIES = ['Âu Dương', 'Khúc', 'Quách', 'Kha', 'Thái', 'Giang', 'Lạc', 'Mạc', 'Ông', 'Văn'];
const GIVEN = ['Minh Triết', 'Thị Diệu Hiền', 'Văn Khải', 'Thị Ngọc Ánh', 'Hoàng Phong'];
const PEOPLE = FAMILIES.flatMap((family) => GIVEN.map((given) => `${family} ${given}`));
const TARGET = 'Âu Dương Minh Triết';
const HIDDEN = 'Khúc Thị Diệu Hiền';
const HEADER = ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Hình thức', 'Hạng', 'Xã/phường', 'Công bố'];

const rows = PEOPLE.map((name, i) => [String(i + 1), name, 'Giáo viên', `Trường Tiểu học số ${i + 1}`, 'Bằng khen của Chủ tịch UBND tỉnh', '', i % 2 ? 'Xã Phú Lộc' : 'Phường 3', name === HIDDEN ? 'ẩn' : 'đầy đủ']);
const shown = PEOPLE.filter((name) => name !== HIDDEN);

async function asUser(browser: Browser, who: 'editor' | 'approver', next: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, who, next);
  return page;
}

async function tempFile(name: string, bytes: Buffer) {
  const file = path.join(os.tmpdir(), `${Date.now()}-${name}`);
  await writeFile(file, bytes);
  return file;
}

test('an editor imports a decision’s list of 50 from Excel, an approver publishes it', async ({ browser }) => {
  const editor = await asUser(browser, 'editor', '/quan-tri/quyet-dinh/moi');
  await editor.getByLabel('Số ký hiệu').fill(NUMBER);
  await editor.getByLabel('Trích yếu').fill('Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho giáo viên có thành tích xuất sắc');
  await editor.getByRole('button', { name: 'Lưu bản nháp' }).click();
  await expect(editor).toHaveURL(/\/quan-tri\/quyet-dinh\/\d+$/);

  // A wrong row stops the whole import: the list stays empty.
  const wrong = await tempFile('sai.xlsx', xlsx([['DANH SÁCH KÈM THEO QUYẾT ĐỊNH'], HEADER, ...rows.slice(0, 20), ['21', 'Người Sai Hạng', '', '', 'Huân chương Lao động', 'hạng Tư', '', ''], ...rows.slice(20)]));
  await editor.getByLabel('Chọn tệp danh sách').setInputFiles(wrong);
  await expect(editor.getByText('51 dòng: 50 dòng hợp lệ, 1 dòng có lỗi.')).toBeVisible();
  await expect(editor.locator('[data-import-preview] tbody tr').filter({ hasText: 'Người Sai Hạng' })).toContainText('Huân chương Lao động không có hạng Tư; chỉ có hạng Nhất, hạng Nhì hoặc hạng Ba.');
  await expect(editor.getByRole('button', { name: 'Nhập 50 dòng' })).toBeDisabled();

  await editor.getByLabel('Chọn tệp danh sách').setInputFiles(await tempFile('dung.xlsx', xlsx([HEADER, ...rows])));
  await expect(editor.getByText('50 dòng: 50 dòng hợp lệ.')).toBeVisible();
  await editor.getByRole('button', { name: 'Nhập 50 dòng' }).click();
  await expect(editor.getByText('Đã nhập 50 dòng vào danh sách của quyết định.')).toBeVisible();
  await expect(editor.locator('[data-grants] tbody th')).toHaveText(PEOPLE.map((name) => new RegExp(`^${name}`)));

  await editor.getByLabel('Tải lên bản quyết định đã ký (PDF)').setInputFiles(await tempFile('quyet-dinh.pdf', pdfBytes('Quyet dinh khen thuong')));
  await expect(editor.getByText('Đã gắn tệp.')).toBeVisible();
  await editor.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(editor.locator('[data-status]')).toHaveText('Chờ duyệt');
  await expect(editor.getByRole('button', { name: 'Duyệt và công bố' })).toHaveCount(0);
  const id = /\/(\d+)$/.exec(editor.url())![1];

  const approver = await asUser(browser, 'approver', `/quan-tri/quyet-dinh/${id}`);
  await approver.getByRole('button', { name: 'Duyệt và công bố' }).click();
  await expect(approver.locator('[data-status]')).toHaveText('Đã công bố');
});

test('a citizen on a phone finds a person typed without diacritics, opens the decision and downloads the CSV', async ({ browser }) => {
  const citizen = await (await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, acceptDownloads: true })).newPage();
  await citizen.goto('/');
  await citizen.getByRole('link', { name: 'Tra cứu khen thưởng' }).first().click();
  await citizen.getByLabel('Họ và tên cá nhân, tên tập thể').fill('au duong minh triet');
  await citizen.getByRole('button', { name: 'Tra cứu' }).click();
  await expect(citizen).toHaveURL(/\/tra-cuu-khen-thuong\?q=au\+duong\+minh\+triet/);
  // One result on a fresh database (each earlier run of this file adds one more, newer first).
  const status = await citizen.getByText(/^Tìm thấy \d+ kết quả\.$/).textContent();
  const found = Number(/\d+/.exec(status!)![0]);
  const table = citizen.locator('[data-grant-table]');
  await expect(table.locator('tbody th')).toHaveText(Array(found).fill(new RegExp(`^${TARGET}`)));
  await expect(table.locator('tbody tr').first()).toContainText('Phường 3 (nay là Phường Tân Hòa)');
  await expect(table.locator('tbody tr').first()).toContainText(`Số ${NUMBER}`);
  expect(await citizen.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);

  const [download] = await Promise.all([citizen.waitForEvent('download'), citizen.getByRole('link', { name: `Tải kết quả (CSV, ${found} dòng)` }).click()]);
  const bytes = Buffer.concat(await (await download.createReadStream()).toArray());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(lines).toHaveLength(found + 1);
  expect(lines[0]).toMatch(/^STT,Họ và tên \/ Tên tập thể,Đối tượng,Chức vụ,Đơn vị,"Xã, phường",Hình thức khen thưởng/);
  expect(lines[1]).toContain(`1,${TARGET},cá nhân,Giáo viên,Trường Tiểu học số 1,Phường 3 (nay là Phường Tân Hòa),Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh,,`);
  expect(lines[1]).toContain(`,${NUMBER},`);

  // The person's own page: their awards over the years.
  await table.locator('tbody tr').first().getByRole('link', { name: TARGET }).click();
  await expect(citizen).toHaveURL(/\/tra-cuu-khen-thuong\/\d+-au-duong-minh-triet$/);
  await expect(citizen.getByRole('heading', { level: 1 })).toHaveText(TARGET);
  await expect(citizen.getByRole('heading', { level: 2, name: /^Các lần được khen thưởng \(\d+\)$/ })).toBeVisible();
  await citizen.goBack();

  await table.getByRole('link', { name: `Số ${NUMBER}` }).click();
  await expect(citizen).toHaveURL(`/quyet-dinh-khen-thuong/${SLUG}`);
  await expect(citizen.getByRole('heading', { level: 1 })).toHaveText(new RegExp(`^Quyết định số ${NUMBER} ngày \\d{2}/\\d{2}/${YEAR}$`));
  await expect(citizen.getByText('50 cá nhân, tập thể, trong đó 1 trường hợp không công bố theo đề nghị của người được khen.')).toBeVisible();
  const list = citizen.getByRole('table', { name: `Danh sách kèm theo Quyết định số ${NUMBER}` });
  await expect(list.locator('tbody th')).toHaveText(shown.map((name) => new RegExp(`^${name}`)));
  await expect(citizen.getByRole('link', { name: /Quyết định số .* \(bản có chữ ký\)|quyet-dinh/i }).first()).toBeVisible();
  expect(await citizen.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
});

test('the person who asked not to be published is in no page, file or feed', async ({ request }) => {
  const folded = 'khuc thi dieu hien';
  const urls = [
    `/tra-cuu-khen-thuong?q=${encodeURIComponent(folded)}`,
    `/tra-cuu-khen-thuong?q=khuc`,
    `/tra-cuu-khen-thuong.csv?q=khuc`,
    `/tra-cuu-khen-thuong.csv`,
    `/quyet-dinh-khen-thuong/${SLUG}`,
    `/quyet-dinh-khen-thuong/${SLUG}/danh-sach.csv`,
    `/tim-kiem?q=${encodeURIComponent(folded)}`,
    '/so-do-trang',
    '/sitemap.xml',
  ];
  for (const url of urls) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    const text = await response.text();
    expect(text, url).not.toContain(HIDDEN);
  }
  const csv = await (await request.get(`/quyet-dinh-khen-thuong/${SLUG}/danh-sach.csv`)).text();
  expect(csv.replace(/^\uFEFF/, '').trim().split('\r\n').slice(1).map((line) => line.split(',')[1])).toEqual(shown);
  expect(await (await request.get(`/tra-cuu-khen-thuong?q=${encodeURIComponent(folded)}`)).text()).toContain('Không tìm thấy ai theo điều kiện này.');
});

test('the statistics page shows charts with their tables, sums to the register, and passes axe at 390 and 1280 px', async ({ browser, request }) => {
  for (const width of [390, 1280]) {
    const page = await (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
    await page.goto('/thong-ke-khen-thuong');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thống kê khen thưởng');
    await expect(page.getByText(/Cập nhật lúc \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}\./)).toBeVisible();
    const total = Number((await page.locator('p strong').first().textContent())!.replace(/\./g, ''));
    for (const key of ['nam', 'hinh-thuc', 'cap', 'doi-tuong', 'xa']) {
      await expect(page.locator(`svg[data-chart="${key}"]:visible`)).toHaveCount(1);
      const cells = await page.locator(`[data-stat-table="${key}"] tfoot td`).allTextContents();
      expect(Number(cells.at(-1)!.replace(/\./g, '')), key).toBe(total);
    }
    const register = await (await request.get('/tra-cuu-khen-thuong')).text();
    expect(register).toContain(`Tìm thấy ${total.toLocaleString('vi-VN')} kết quả`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.context().close();
  }
  const csv = await (await request.get('/thong-ke-khen-thuong/doi-tuong.csv')).text();
  expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('Đối tượng,Cá nhân,Tập thể,Hộ gia đình,Tổng');
});

test('a news article shows the decision’s list from the register, not a pasted table', async ({ browser }) => {
  const editor = await asUser(browser, 'editor', '/quan-tri/bai-viet/moi');
  const title = `Trao Bằng khen cho giáo viên tiêu biểu ${NUMBER}`;
  await startArticle(editor, title);
  await editor.keyboard.type('Sáng nay, Ủy ban nhân dân tỉnh trao Bằng khen cho 50 giáo viên.');
  await editor.keyboard.press('Enter');
  await editor.getByRole('button', { name: 'Chèn danh sách được khen thưởng từ một quyết định' }).click();
  const dialog = editor.getByRole('dialog', { name: 'Chèn danh sách được khen thưởng' });
  await dialog.getByLabel('Quyết định').selectOption(SLUG);
  await dialog.getByRole('button', { name: 'Chèn danh sách' }).click();
  await expect(editor.locator(`[data-grant-list-view="${SLUG}"]`)).toContainText(`Quyết định số ${NUMBER}`);
  await editor.getByLabel('Sapo (đoạn mở đầu, in đậm)').fill('Ủy ban nhân dân tỉnh tặng Bằng khen cho 50 giáo viên có thành tích xuất sắc trong năm học.');
  await saveNow(editor);
  await editor.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(editor.getByRole('heading', { name: 'Trạng thái: Chờ duyệt' })).toBeVisible();
  const id = /\/(\d+)$/.exec(editor.url())![1];
  const approver = await asUser(browser, 'approver', `/quan-tri/bai-viet/${id}`);
  await approver.getByRole('button', { name: 'Duyệt và đăng ngay' }).click();
  await expect(approver.getByRole('heading', { name: 'Trạng thái: Đã đăng' })).toBeVisible();

  const reader = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  const slug = await withDatabase((client) => client.query('SELECT slug FROM "Article" WHERE id = $1', [Number(id)]).then((r) => r.rows[0].slug as string));
  await reader.goto(`/bai-viet/${slug}`);
  const list = reader.locator(`[data-embedded-grant-list="${SLUG}"] table`);
  await expect(list.locator('caption')).toHaveText(new RegExp(`^Danh sách được khen thưởng theo Quyết định số ${NUMBER} ngày \\d{2}/\\d{2}/\\d{4}$`));
  await expect(list.locator('tbody th')).toHaveText(shown.map((name) => new RegExp(`^${name}`)));
  await expect(reader.getByText(HIDDEN)).toHaveCount(0);
});
