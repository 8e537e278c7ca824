import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { signIn } from './editor-helpers';
import { REPORT } from './fixtures';

const pages = [
  ['home', '/'],
  ['section', '/chuyen-muc/khen-thuong'],
  ['article', `/bai-viet/${REPORT.slug}`],
  ['article with a table', '/bai-viet/trao-huan-chuong-lao-dong-cho-8-tap-the-ca-nhan-co-thanh-tich-xuat-sac'],
  ['search', '/tim-kiem?q=thi+dua+khen+thuong'],
  ['sign-in', '/dang-nhap'],
  ['documents register', '/van-ban?q=98%2F2023'],
  ['a replaced decree', '/van-ban/91-2017-nd-cp'],
  ['forms', '/bieu-mau'],
  ['procedures', '/thu-tuc-hanh-chinh'],
  ['about', '/gioi-thieu'],
  ['organisation', '/gioi-thieu/co-cau-to-chuc'],
  ['English', '/en'],
  ['questions', '/hoi-dap'],
  ['asking a question', '/hoi-dap/dat-cau-hoi'],
  ['question status', '/hoi-dap/tra-cuu?ma=HD-2026-KHONGCO1'],
  ['sitemap', '/so-do-trang'],
] as const;

for (const width of [390, 1280]) {
  for (const [name, path] of pages) {
    test(`${name} at ${width} px has no WCAG 2.2 AA violations`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
      expect(summary).toEqual([]);
    });
  }
}

test('the page is in Vietnamese and has a skip link', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' })).toBeFocused();
});

test('the editor area (dashboard, article list, article form) has no WCAG 2.2 AA violations', async ({ page }) => {
  await signIn(page, 'editor');
  const found: string[] = [];
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const path of ['/quan-tri', '/quan-tri/bai-viet', '/quan-tri/bai-viet/moi']) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      found.push(...results.violations.map((v) => `${path} ${width}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`));
    }
  }
  expect(found).toEqual([]);
});
