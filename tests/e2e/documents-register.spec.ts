import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { pdfBytes, signIn } from './editor-helpers';
import { withDatabase } from './fixtures';

// The documents register the way its users meet it: a regulation is in the register; an
// editor enters the decision that replaces it, with its file and the relation; someone
// else publishes it; a citizen then sees on both pages which replaced which, and that the
// old one is no longer in force, without anyone editing it.

test.describe.configure({ mode: 'serial' });

const RUN = 5000 + (Date.now() % 4000);
const OLD = { number: `${RUN}/2020/QĐ-UBND`, slug: `${RUN}-2020-qd-ubnd`, summary: `Ban hành Quy định về khen thưởng thành tích đột xuất (bản thử ${RUN})` };
const NEW = { number: `${RUN + 1}/2026/QĐ-UBND`, slug: `${RUN + 1}-2026-qd-ubnd`, summary: `Ban hành Quy định mới về khen thưởng thành tích đột xuất (bản thử ${RUN})` };
const TODAY = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
const TODAY_TEXT = TODAY.split('-').reverse().join('/');

async function asUser(browser: Browser, who: 'editor' | 'approver', next: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, who, next);
  return page;
}

test.beforeAll(async () => {
  await withDatabase((client) =>
    client.query(
      `INSERT INTO "LegalDocument" ("slug", "number", "type", "issuer", "issuedOn", "effectiveFrom", "summary", "scope", "status", "publishedAt", "headWords", "updatedAt")
       VALUES ($1, $2, 'DECISION', 'Ủy ban nhân dân tỉnh An Hòa', '2020-05-04', '2020-05-15', $3, 'PROVINCIAL', 'PUBLISHED', now(), $4, now())`,
      [OLD.slug, OLD.number, OLD.summary, ` quyet dinh ${RUN} 2020 qd ubnd `],
    ),
  );
});

test('an editor enters the decision that replaces a regulation; another person publishes it', async ({ browser }) => {
  const editor = await asUser(browser, 'editor', '/quan-tri/van-ban/moi');
  await editor.getByLabel('Loại văn bản').selectOption({ label: 'Quyết định' });
  // A number that is not one is refused, field by field, and nothing is saved.
  await editor.getByLabel('Số ký hiệu').fill('abc');
  await editor.getByLabel('Cơ quan ban hành').fill('Ủy ban nhân dân tỉnh An Hòa');
  await editor.getByLabel('Trích yếu').fill(NEW.summary);
  await editor.getByRole('button', { name: 'Lưu bản nháp' }).click();
  await expect(editor.getByText(/^Số ký hiệu không đúng dạng/)).toBeVisible();
  await expect(editor).toHaveURL(/\/quan-tri\/van-ban\/moi$/);
  await editor.getByLabel('Số ký hiệu').fill(NEW.number);
  await editor.getByRole('button', { name: 'Lưu bản nháp' }).click();
  await expect(editor).toHaveURL(/\/quan-tri\/van-ban\/\d+$/);

  const file = path.join(os.tmpdir(), `${RUN}-quyet-dinh.pdf`);
  await writeFile(file, pdfBytes('Quyet dinh thay the'));
  // The page's refresh after the upload made slow: the message must wait for it, or the
  // relation below is sent with the old version and refused as someone else's change.
  let slowRefresh = true;
  await editor.route(/\/quan-tri\/van-ban\/\d+/, async (route) => {
    if (slowRefresh && route.request().method() === 'GET' && route.request().headers()['rsc']) await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await editor.getByLabel('Tải lên tệp văn bản (PDF, DOCX)').setInputFiles(file);
  await expect(editor.getByText('Đã gắn tệp.')).toBeVisible();
  slowRefresh = false;

  await editor.getByLabel('Văn bản này').selectOption('REPLACES');
  await editor.getByLabel('Văn bản', { exact: true }).selectOption({ label: `Quyết định ${OLD.number}: ${OLD.summary.slice(0, 80)}` });
  await editor.getByRole('button', { name: 'Thêm quan hệ' }).click();
  await expect(editor.getByText('Đã thêm quan hệ; tình trạng hiệu lực của hai văn bản được tính lại.')).toBeVisible();
  await expect(editor.locator('#quan-he ~ ul li').first()).toHaveText(new RegExp(`^Thay thế: Quyết định ${OLD.number}`));
  await expect(editor.getByRole('region', { name: 'Tệp văn bản' }).getByRole('link')).toHaveText([`${RUN}-quyet-dinh`]);

  await editor.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(editor.locator('[data-status]')).toHaveText('Chờ duyệt');
  await expect(editor.getByRole('button', { name: 'Duyệt và công bố' })).toHaveCount(0);
  const id = /\/(\d+)$/.exec(editor.url())![1];

  const approver = await asUser(browser, 'approver', `/quan-tri/van-ban/${id}`);
  await approver.getByRole('button', { name: 'Duyệt và công bố' }).click();
  await expect(approver.locator('[data-status]')).toHaveText('Đã công bố');
});

test('both pages show the replacement, and the old regulation is no longer in force', async ({ browser }) => {
  for (const width of [390, 1280]) {
    const page = await (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
    await page.goto(`/van-ban/${OLD.slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Quyết định ${OLD.number}`);
    await expect(page.locator('main p').filter({ hasText: 'Tình trạng:' })).toHaveText('Tình trạng: Hết hiệu lực');
    await expect(page.getByRole('note').first()).toHaveText(`Văn bản này đã hết hiệu lực từ ngày ${TODAY_TEXT}: được thay thế bởi Quyết định ${NEW.number}.`);
    await expect(page.locator('#van-ban-lien-quan ~ ul li')).toHaveText([`Được thay thế bởi: Quyết định ${NEW.number}${NEW.summary}`]);
    let axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    await page.getByRole('link', { name: `Quyết định ${NEW.number}` }).first().click();
    await expect(page).toHaveURL(new RegExp(`/van-ban/${NEW.slug}$`));
    await expect(page.locator('main p').filter({ hasText: 'Tình trạng:' })).toHaveText('Tình trạng: Còn hiệu lực');
    await expect(page.locator('#van-ban-lien-quan ~ ul li')).toHaveText([`Thay thế: Quyết định ${OLD.number}${OLD.summary}`]);
    await expect(page.locator('meta[name="DC.identifier"]')).toHaveAttribute('content', NEW.number);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!);
    expect(jsonLd).toMatchObject({ '@type': 'Legislation', legislationIdentifier: NEW.number, legislationChanges: [{ legislationIdentifier: OLD.number }] });
    axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.context().close();
  }
});

test('the register finds both by number and filters by computed validity', async ({ page }) => {
  await page.goto('/van-ban');
  await page.getByLabel('Số ký hiệu hoặc từ khóa').fill(`${RUN}/2020`);
  await page.getByRole('search', { name: 'Tìm văn bản' }).getByRole('button', { name: 'Tìm', exact: true }).click();
  await expect(page.locator('ol[aria-labelledby="ket-qua"] > li > a')).toHaveText([`Quyết định ${OLD.number}`]);
  await expect(page.locator('ol[aria-labelledby="ket-qua"] > li').first()).toContainText('Hết hiệu lực');

  await page.goto(`/van-ban?q=${encodeURIComponent(`ban thu ${RUN}`)}&tinh-trang=con-hieu-luc`);
  await expect(page.locator('ol[aria-labelledby="ket-qua"] > li > a')).toHaveText([`Quyết định ${NEW.number}`]);
  await page.goto(`/van-ban?q=${encodeURIComponent(`ban thu ${RUN}`)}&tinh-trang=het-hieu-luc`);
  await expect(page.locator('ol[aria-labelledby="ket-qua"] > li > a')).toHaveText([`Quyết định ${OLD.number}`]);

  // The site search shows the documents block, the newer first among equals.
  await page.goto(`/tim-kiem?q=${encodeURIComponent(`ban thu ${RUN}`)}`);
  await expect(page.locator('#ket-qua-van-ban ~ ul > li > a')).toHaveText([`Quyết định ${NEW.number}`, `Quyết định ${OLD.number}`]);
});
