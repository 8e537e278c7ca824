import { expect, test } from '@playwright/test';
import { REPORT, withDatabase } from './fixtures';

test('typing without diacritics in the masthead finds and highlights “thi đua khen thưởng”', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('search', { name: 'Tìm kiếm trên cổng thông tin' });
  await box.getByRole('searchbox', { name: 'Từ khóa tìm kiếm' }).fill('thi dua khen thuong');
  await box.getByRole('button', { name: 'Tìm' }).click();
  await expect(page).toHaveURL(/\/tim-kiem\?q=thi\+dua\+khen\+thuong/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kết quả tìm kiếm “thi dua khen thuong”');
  await expect(page.getByText(/Tìm thấy \d+ kết quả/)).toBeVisible();
  const first = page.getByRole('list', { name: 'Kết quả tìm kiếm' }).getByRole('listitem').first();
  await expect(first.locator('h2 mark').first()).toHaveText(/^thi đua/);
  await expect(page.locator('main mark', { hasText: 'khen thưởng' }).first()).toBeVisible();
  await first.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/bai-viet\//);
  await expect(page.locator('h1')).toBeVisible();
});

test('a name that only appears inside an attached PDF finds its article, naming the file', async ({ page }) => {
  await page.goto('/tim-kiem?q=tran+thi+my+duyen');
  const results = page.getByRole('list', { name: 'Kết quả tìm kiếm' }).getByRole('listitem');
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText('Tìm thấy trong tệp đính kèm: Danh sách đề nghị tặng danh hiệu Chiến sĩ thi đua toàn quốc');
  await expect(results.first().locator('mark')).toContainText(['Trần Thị Mỹ Duyên']);
  await results.first().getByRole('link').first().click();
  await expect(page.getByRole('region', { name: 'File đính kèm' })).toBeVisible();
});

test('search answers odd input with a clear message, never an error', async ({ page, request }) => {
  const cases: [string, RegExp][] = [
    ['', /Nhập từ khóa/],
    ['q=a', /ít nhất 2 ký tự/],
    ['q=%21%40%23%24%25', /dấu câu hoặc ký hiệu/],
    ['q=xyzxyz+qwqwqw', /Không tìm thấy kết quả phù hợp/],
    ['q=thi+dua&tu-ngay=31/02/2024', /“Từ ngày” không hợp lệ/],
    ['q=thi+dua&trang=abc', /Số trang không hợp lệ/],
  ];
  for (const [query, message] of cases) {
    const response = await page.goto(`/tim-kiem?${query}`);
    expect(response!.status(), query).toBe(200);
    await expect(page.getByRole('main'), query).toContainText(message);
  }
  const hostile = [
    `q=${encodeURIComponent("'; DROP TABLE \"Article\"; --")}`,
    `q=${encodeURIComponent('thi & dua | !(khen) : * <-> ')}`,
    `q=${'x'.repeat(10_000)}`,
    `q=${encodeURIComponent('😀\u0000\u0007')}`,
    'q=%E0%A4%A',
    'q=thi+dua&trang=999999',
    'q=thi+dua&tu-ngay=abc&den-ngay=99/99/9999&chuyen-muc=..%2F..&the=%00',
  ];
  for (const query of hostile) {
    const response = await request.get(`/tim-kiem?${query}`);
    expect(response.status(), query.slice(0, 40)).toBeLessThan(500);
  }
  expect((await request.get(`/bai-viet/${REPORT.slug}`)).status()).toBe(200);
});

test('the search page is not indexed and filters by section', async ({ page }) => {
  await page.goto('/tim-kiem?q=thi+dua');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await page.getByRole('combobox', { name: 'Chuyên mục' }).selectOption({ label: 'Khen thưởng' });
  await page.getByRole('button', { name: 'Tìm kiếm' }).click();
  await expect(page).toHaveURL(/chuyen-muc=khen-thuong/);
  for (const meta of await page.getByRole('list', { name: 'Kết quả tìm kiếm' }).getByRole('listitem').locator('p.text-sm').first().allTextContents()) {
    expect(meta).toContain('Khen thưởng');
  }
});

test('numbers written with separators are found in every part of the portal', async ({ page }) => {
  // A decree by its number, typed with or without diacritics or in part: first in the documents block.
  for (const typed of ['98/2023/NĐ-CP', '98/2023/ND-CP', '98/2023', 'nghi dinh 98']) {
    await page.goto(`/tim-kiem?q=${encodeURIComponent(typed)}`);
    await expect(page.locator('#ket-qua-van-ban ~ ul > li > a').first(), typed).toHaveText('Nghị định 98/2023/NĐ-CP');
  }
  // A term of office, with a hyphen or an en dash: the directive that names it.
  for (const typed of ['nhiem ky 2025-2030', '2025–2030']) {
    await page.goto(`/tim-kiem?q=${encodeURIComponent(typed)}`);
    await expect(page.locator('#ket-qua-van-ban ~ ul > li > a').first(), typed).toHaveText('Chỉ thị 03/CT-UBND');
  }
  // An award decision's number, as printed: the register's block.
  const number = await withDatabase(async (client) => (await client.query(`SELECT "number" FROM "AwardDecision" WHERE "status" = 'PUBLISHED' AND "number" LIKE '%/QĐ-UBND' ORDER BY "issuedOn" DESC LIMIT 1`)).rows[0].number as string);
  await page.goto(`/tim-kiem?q=${encodeURIComponent(number)}`);
  await expect(page.locator('#ket-qua-khen-thuong ~ ul a').first()).toHaveText(new RegExp(`^Quyết định số ${number.replace('/', '\\/')} ngày`));
});
