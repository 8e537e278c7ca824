import { expect, test } from '@playwright/test';
import { REPORT } from './fixtures';

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
