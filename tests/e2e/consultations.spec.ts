import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { xlsx } from '../support/xlsx';
import { pdfBytes, signIn } from './editor-helpers';
import { withDatabase } from './fixtures';

// "Lấy ý kiến Nhân dân" the way its users meet it: an editor imports a list from Excel,
// an approver publishes it, a citizen on a phone finds it from the home page, comments
// on one candidate and looks the comment up with the receipt; the approver reads it in
// the inbox and exports the summary; at the deadline the form goes away by itself.

test.describe.configure({ mode: 'serial' });

const TITLE = 'Lấy ý kiến Nhân dân về đề nghị khen thưởng cấp Nhà nước đợt II năm 2026';
const SLUG = 'lay-y-kien-nhan-dan-ve-de-nghi-khen-thuong-cap-nha-nuoc-dot-ii-nam-2026';
const PEOPLE = [
  'Đoàn Thị Mỹ Linh', 'Hà Văn Phúc', 'Lý Quốc Bảo', 'Mai Thị Thanh Hương', 'Ngô Đức Anh', 'Quách Thị Yến',
  'Tạ Minh Nhật', 'Thái Văn Lộc', 'Trịnh Thị Kim Oanh', 'Vương Gia Huy', 'Châu Ngọc Trâm', 'Đinh Công Sơn',
];
const HEADER = ['STT', 'Loại', 'Họ và tên / Tên tập thể', 'Chức vụ', 'Đơn vị', 'Xã, phường', 'Hình thức khen thưởng', 'Hạng', 'Truy tặng', 'Tóm tắt thành tích'];
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function asUser(browser: Browser, who: 'editor' | 'approver', next: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, who, next);
  return page;
}

let receipt = '';

test('an editor imports 12 candidates from an Excel file, an approver publishes the list', async ({ browser }) => {
  const editor = await asUser(browser, 'editor', '/quan-tri/lay-y-kien/moi');
  await editor.getByLabel('Tiêu đề').fill(TITLE);
  await editor.getByLabel('Văn bản đề nghị (tờ trình số, ngày)').fill('Tờ trình số 131/TTr-SNV ngày 25/11/2026');
  await editor.getByLabel('Số ngày làm việc lấy ý kiến').fill('7');
  await expect(editor.getByRole('alert').filter({ hasText: 'Tối thiểu' })).toHaveCount(0);
  await editor.getByLabel('Số ngày làm việc lấy ý kiến').fill('10');
  await expect(editor.locator('[data-deadline-preview]')).toContainText(/^Hạn góp ý nếu mở ngay khi duyệt: hết ngày \d{2}\/\d{2}\/\d{4}/);
  await editor.getByRole('button', { name: 'Lưu bản nháp' }).click();
  await expect(editor).toHaveURL(/\/quan-tri\/lay-y-kien\/\d+$/);

  const rows = PEOPLE.map((name, i) => [String(i + 1), 'Cá nhân', name, 'Giáo viên', `Trường Tiểu học số ${i + 1}`, 'Xã Phú Lộc', 'Huân chương Lao động', 'hạng Ba', '', `Thành tích xuất sắc từ năm 2021 đến năm 2025 (${i + 1}).`]);
  const file = path.join(os.tmpdir(), `danh-sach-${Date.now()}.xlsx`);
  await writeFile(file, xlsx([['DANH SÁCH ĐỀ NGHỊ'], HEADER, ...rows.slice(0, 6), ['7', 'Cá nhân', 'Người Sai Hạng', '', '', '', 'Huân chương Lao động', 'hạng Tư', '', ''], ...rows.slice(6)]));
  await editor.getByLabel('Chọn tệp danh sách').setInputFiles(file);
  const preview = editor.locator('[data-import-preview]');
  await expect(preview.locator('tbody tr')).toHaveCount(13);
  await expect(editor.getByText('13 dòng: 12 dòng hợp lệ, 1 dòng có lỗi.')).toBeVisible();
  await expect(preview.locator('tbody tr').nth(6)).toContainText('Huân chương Lao động không có hạng Tư; chỉ có hạng Nhất, hạng Nhì hoặc hạng Ba.');
  const importButton = editor.getByRole('button', { name: 'Nhập 12 dòng hợp lệ' });
  await expect(importButton).toBeDisabled();
  await editor.getByLabel(/Bỏ qua 1 dòng có lỗi/).check();
  await importButton.click();
  await expect(editor.getByText('Đã nhập 12 người, tập thể vào danh sách.')).toBeVisible();
  await expect(editor.locator('[data-candidates] tbody th')).toHaveText(PEOPLE.map((name) => new RegExp(`^${name}`)));

  await writeFile(path.join(os.tmpdir(), 'thong-bao.pdf'), pdfBytes('Thong bao lay y kien'));
  await editor.getByLabel('Tải lên thông báo có chữ ký (PDF, Word…)').setInputFiles(path.join(os.tmpdir(), 'thong-bao.pdf'));
  await expect(editor.getByText('Đã gắn tệp.')).toBeVisible();
  await editor.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(editor.locator('[data-status]')).toHaveText('Chờ duyệt');
  const id = /\/(\d+)$/.exec(editor.url())![1];

  const approver = await asUser(browser, 'approver', `/quan-tri/lay-y-kien/${id}`);
  await approver.getByRole('button', { name: 'Duyệt và đăng' }).click();
  await expect(approver.locator('[data-status]')).toHaveText('Đang lấy ý kiến');
});

test('a citizen on a phone finds it from the home page, comments on one candidate and looks the comment up', async ({ browser }) => {
  const citizen = await (await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true })).newPage();
  await citizen.goto('/');
  const block = citizen.getByRole('region', { name: 'Đang lấy ý kiến Nhân dân' });
  await block.getByRole('link', { name: TITLE }).click();
  await expect(citizen).toHaveURL(`/lay-y-kien/${SLUG}`);
  await expect(citizen.getByText(/^Hạn góp ý: hết ngày \d{2}\/\d{2}\/\d{4} \(còn \d+ ngày làm việc\)$/)).toBeVisible();
  const table = citizen.getByRole('table', { name: 'Danh sách 12 cá nhân, tập thể được đề nghị khen thưởng' });
  await expect(table.locator('tbody th')).toHaveText(PEOPLE.map((name) => new RegExp(`^${name}`)));
  // No horizontal scrolling on a phone.
  expect(await citizen.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  await table.getByRole('link', { name: `Góp ý về người này: ${PEOPLE[2]}` }).click();
  await expect(citizen.getByLabel('Góp ý về')).toHaveValue(/\d+/);
  await expect(citizen.getByLabel('Góp ý về').locator('option:checked')).toHaveText(`${PEOPLE[2]} – Huân chương Lao động hạng Ba`);
  await citizen.getByLabel(/^Họ và tên/).fill('Trương Thị Ngọc Ánh');
  await citizen.getByLabel('Thư điện tử').fill('ngocanh@example.vn');
  await citizen.getByLabel(/^Nội dung góp ý/).fill('Tôi là phụ huynh, xác nhận thầy Bảo <b>tận tâm</b> với học sinh.');
  // Sent without accepting the processing of personal data: refused in place, nothing lost.
  await citizen.getByRole('button', { name: 'Gửi góp ý' }).click();
  await expect(citizen.getByText('Vui lòng đánh dấu đồng ý xử lý dữ liệu cá nhân để gửi góp ý.')).toBeVisible();
  await expect(citizen.getByLabel(/^Nội dung góp ý/)).toHaveValue('Tôi là phụ huynh, xác nhận thầy Bảo <b>tận tâm</b> với học sinh.');
  await citizen.getByLabel(/Tôi đồng ý/).check();
  await citizen.getByRole('button', { name: 'Gửi góp ý' }).click();
  await expect(citizen.getByRole('heading', { name: 'Đã nhận góp ý của bạn' })).toBeVisible();
  receipt = (await citizen.locator('[data-receipt-code]').textContent())!.trim();
  expect(receipt).toMatch(/^GY-\d{4}-[0-9A-Z]{8}$/);

  await citizen.getByRole('link', { name: 'Tra cứu tình trạng' }).click();
  await citizen.getByLabel('Mã tiếp nhận').fill(receipt.toLowerCase());
  await citizen.getByLabel('Thư điện tử hoặc số điện thoại').fill('NgocAnh@example.vn');
  await citizen.getByRole('button', { name: 'Tra cứu' }).click();
  await expect(citizen.getByRole('heading', { name: 'Tình trạng: Đã tiếp nhận' })).toBeVisible();
  await expect(citizen.getByRole('status')).toContainText(PEOPLE[2]);
  // The page never carries what was sent.
  await expect(citizen.locator('body')).not.toContainText('tận tâm');
});

test('search (without diacritics), the site map, the sitemap and JSON-LD show the list; no comment shows anywhere public', async ({ page, request }) => {
  await page.goto('/tim-kiem?q=ly+quoc+bao');
  const found = page.getByRole('region', { name: 'Lấy ý kiến Nhân dân' });
  await expect(found.getByRole('link', { name: TITLE })).toBeVisible();
  await expect(found).toContainText(`có tên: ${PEOPLE[2]}`);
  await page.goto('/so-do-trang');
  await expect(page.getByRole('link', { name: TITLE })).toBeVisible();
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain(`/lay-y-kien/${SLUG}</loc>`);
  await page.goto(`/lay-y-kien/${SLUG}`);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!);
  expect(jsonLd.mainEntity.itemListElement.map((item: { item: { name: string } }) => item.item.name)).toEqual(PEOPLE);
  await expect(page.locator('meta[name="DC.title"]')).toHaveAttribute('content', TITLE);
  for (const path of ['/tim-kiem?q=xac+nhan+thay+bao', '/lay-y-kien/rss.xml', '/sitemap.xml', '/rss.xml', `/lay-y-kien/${SLUG}`, `/lay-y-kien/${SLUG}/in`]) {
    const body = await (await request.get(path)).text();
    expect(body, path).not.toContain('Trương Thị Ngọc Ánh');
    expect(body, path).not.toContain('xác nhận thầy Bảo');
  }
});

test('the approver reads the comment in the inbox and exports the summary', async ({ browser }) => {
  const approver = await asUser(browser, 'approver', '/quan-tri/gop-y');
  const row = approver.locator('[data-inbox] tbody tr').filter({ hasText: receipt });
  await expect(row).toContainText('Trương Thị Ngọc Ánh');
  await expect(row).toContainText(PEOPLE[2]);
  // HTML a citizen typed is shown as the text it is.
  await expect(row).toContainText('<b>tận tâm</b>');
  await row.getByRole('link', { name: receipt }).click();
  await approver.getByRole('link', { name: '‹ Hộp thư góp ý' }).click();
  await approver.getByRole('link', { name: 'Tổng hợp ý kiến' }).click();
  const counts = approver.locator('[data-summary-counts] tbody tr');
  await expect(counts.filter({ hasText: PEOPLE[2] })).toContainText('1');
  await expect(approver.locator('[data-summary-rows] tbody tr')).toHaveCount(1);
  const [download] = await Promise.all([approver.waitForEvent('download'), approver.getByRole('link', { name: 'Tải CSV (Excel)' }).click()]);
  const csv = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  expect(csv.split('\r\n')[1]).toContain(`${receipt},`);
  expect(csv).toContain('Trương Thị Ngọc Ánh');
  const audited = await withDatabase((db) => db.query(`SELECT action FROM "AuditLog" WHERE action LIKE 'response.%' ORDER BY id`));
  expect(audited.rows.map((r) => r.action)).toEqual(expect.arrayContaining(['response.list', 'response.read', 'response.export']));
});

test('without JavaScript a refused comment comes back with what was typed and why, then goes through', async ({ browser }) => {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await page.goto(`/lay-y-kien/${SLUG}/gop-y`);
  await page.getByLabel('Thư điện tử').fill('khongjs@example.vn');
  await page.getByLabel(/^Nội dung góp ý/).fill('Góp ý gửi từ máy không bật JavaScript.');
  await page.getByLabel(/Tôi đồng ý/).check();
  await page.getByRole('button', { name: 'Gửi góp ý' }).click();
  await expect(page).toHaveURL(/\/gop-y\?nhap=/);
  await expect(page.locator('#trang-thai-gui')).toHaveText('Góp ý chưa gửi được: vui lòng sửa các mục được đánh dấu.');
  await expect(page.locator('#loi-fullName')).toHaveText('Vui lòng nhập họ và tên.');
  await expect(page.getByLabel(/^Nội dung góp ý/)).toHaveValue('Góp ý gửi từ máy không bật JavaScript.');
  await expect(page.getByLabel('Thư điện tử')).toHaveValue('khongjs@example.vn');
  await page.getByLabel(/^Họ và tên/).fill('Lâm Văn Tú');
  await page.getByRole('button', { name: 'Gửi góp ý' }).click();
  await expect(page.getByRole('heading', { name: 'Đã nhận góp ý của bạn' })).toBeVisible();
  const stored = await withDatabase((db) => db.query(`SELECT count(*)::int AS n FROM "ConsultationResponse" WHERE "fullName" = 'Lâm Văn Tú'`));
  expect(stored.rows[0].n).toBe(1);
});

test('at the deadline the form and the contacts go away by themselves, and a late comment is refused', async ({ page, request }) => {
  await page.goto(`/lay-y-kien/${SLUG}/gop-y`);
  const token = await page.locator('input[name="formToken"]').inputValue();
  // The deadline passes (24:00 of the last day is moved to a second ago).
  await withDatabase((db) => db.query(`UPDATE "Consultation" SET "closesAt" = now() - interval '1 second' WHERE slug = $1`, [SLUG]));
  await expect(async () => {
    await page.goto(`/lay-y-kien/${SLUG}`);
    await expect(page.getByRole('status').filter({ hasText: 'Đã hết thời hạn lấy ý kiến' })).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 15_000 });
  await expect(page.getByRole('link', { name: 'Gửi góp ý trực tuyến' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Cách gửi ý kiến' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Góp ý về người này/ })).toHaveCount(0);
  const feed = await (await request.get('/lay-y-kien/rss.xml')).text();
  expect(feed).toContain(`[Đã hết thời hạn lấy ý kiến] ${TITLE}`);
  const late = await request.post(`/lay-y-kien/${SLUG}/gop-y/gui`, {
    headers: { accept: 'application/json' },
    multipart: { formToken: token, candidateId: '', fullName: 'Người gửi muộn', email: 'muon@example.vn', phone: '', address: '', content: 'Góp ý muộn', consent: 'dong-y' },
  });
  expect(late.status()).toBe(409);
  expect((await late.json()).error).toMatch(/^Đã hết thời hạn lấy ý kiến/);
  const stored = await withDatabase((db) => db.query(`SELECT count(*)::int AS n FROM "ConsultationResponse" WHERE "fullName" = 'Người gửi muộn'`));
  expect(stored.rows[0].n).toBe(0);
  await page.goto(`/lay-y-kien/${SLUG}/gop-y`);
  await expect(page.getByRole('button', { name: 'Gửi góp ý' })).toHaveCount(0);
});

test('every new public page has no WCAG 2.2 AA violations at 390 and 1280 px', async ({ page }) => {
  const found: string[] = [];
  const open = 'lay-y-kien-de-nghi-tang-huan-chuong-lao-dong-nam-2026';
  const paths = [
    '/lay-y-kien',
    `/lay-y-kien/${open}`,
    `/lay-y-kien/${open}/gop-y`,
    `/lay-y-kien/${open}/gop-y/da-gui?ma=GY-2026-7K3Q9M2X`,
    `/lay-y-kien/${open}/in`,
    '/lay-y-kien/lay-y-kien-de-nghi-chien-si-thi-dua-toan-quoc-2025',
    '/tra-cuu-gop-y',
    '/danh-hieu-khen-thuong',
    '/danh-hieu-khen-thuong/huan-chuong-lao-dong',
  ];
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const path of paths) {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      found.push(...results.violations.map((v) => `${path} ${width}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`));
    }
  }
  expect(found).toEqual([]);
});

test('the newsroom’s consultation pages have no WCAG 2.2 AA violations at 390 and 1280 px', async ({ page }) => {
  await signIn(page, 'admin');
  const found: string[] = [];
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const path of ['/quan-tri/lay-y-kien', '/quan-tri/lay-y-kien/moi', '/quan-tri/lay-y-kien/1', '/quan-tri/gop-y', '/quan-tri/lich-lam-viec', '/quan-tri/danh-hieu']) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      found.push(...results.violations.map((v) => `${path} ${width}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`));
    }
  }
  expect(found).toEqual([]);
});
