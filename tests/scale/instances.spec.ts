import { expect, test, type Browser, type Page } from '@playwright/test';
import { withDatabase } from '../e2e/fixtures';
import { photoFile, saveNow, signIn, startArticle } from '../e2e/editor-helpers';

// Two instances of one build, A (BASE_URL) and B (OTHER_URL), on one database and one
// S3-compatible store. Every change is made through A's editor area; B, whose caches
// already hold the old pages, must show it within 2 s.

const B = process.env.OTHER_URL!;
const SEEN_WITHIN_MS = 2_000;
const stamp = Date.now().toString(36);

test.use({ viewport: { width: 1280, height: 900 } });
test.describe.configure({ mode: 'serial' });

async function as(browser: Browser, who: 'editor' | 'approver' | 'admin', path = '/quan-tri') {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signIn(page, who, path);
  return page;
}

/** B's answer for a path, as a reader (no cookies) gets it. */
async function fromB(path: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`${B}${path}`, { redirect: 'manual' });
  return { status: response.status, text: await response.text() };
}

/** Waits until B's answer for each path passes its check; how long it took (ms). */
async function seenOnB(checks: Record<string, (answer: { status: number; text: string }) => boolean>, within = SEEN_WITHIN_MS): Promise<number> {
  const started = Date.now();
  for (const [path, check] of Object.entries(checks)) {
    await expect.poll(async () => check(await fromB(path)), { message: `B: ${path}`, timeout: Math.max(100, within - (Date.now() - started)), intervals: [50] }).toBe(true);
  }
  return Date.now() - started;
}

/** A new article written and submitted by the editor on A; its id and slug. */
async function submitted(page: Page, title: string, extra?: (page: Page) => Promise<void>) {
  await startArticle(page, title);
  await page.keyboard.type('Nội dung bài viết được đăng từ máy chủ A.');
  await page.getByLabel('Sapo (đoạn mở đầu, in đậm)').fill('Sapo của bài kiểm tra nhiều máy chủ.');
  await extra?.(page);
  const id = await saveNow(page);
  const slug = await page.getByLabel('Đường dẫn').inputValue();
  await page.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(page.getByRole('heading', { name: 'Trạng thái: Chờ duyệt' })).toBeVisible();
  return { id, slug };
}

let editor: Page;
let approver: Page;
const live = { id: 0, slug: '', title: `Tuyên dương gương điển hình tiên tiến ${stamp}` };

test.beforeAll(async ({ browser }) => {
  editor = await as(browser, 'editor');
  approver = await as(browser, 'approver');
});

test('a session begun on A is valid on B', async () => {
  // Both instances answer on "localhost", so the browser sends A's session cookie to B.
  await editor.goto(`${B}/quan-tri`);
  await expect(editor).toHaveURL(`${B}/quan-tri`);
  await expect(editor.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
});

test('an article published on A, with a photo uploaded through A, is on every page of B', async () => {
  test.setTimeout(120_000);
  const word = `kiemtra${stamp}`;
  // B has rendered (and cached) the pages before the change.
  for (const path of ['/', '/chuyen-muc/tin-hoat-dong', '/rss.xml', `/tim-kiem?q=${word}`]) expect((await fromB(path)).status).toBe(200);

  const { id, slug } = await submitted(editor, `${live.title} ${word}`, async (page) => {
    await page.locator('input[type=file][accept^="image"]').first().setInputFiles(await photoFile(test.info().outputPath('anh.jpg'), 40));
    await page.getByLabel('Mô tả ảnh (alt) *').fill('Quang cảnh lễ tuyên dương');
  });
  Object.assign(live, { id, slug, title: `${live.title} ${word}` });
  // The new address was asked of B before it existed: B cached a 404 for it.
  expect((await fromB(`/bai-viet/${slug}`)).status).toBe(404);

  await approver.goto(`/quan-tri/bai-viet/${id}`);
  await approver.getByRole('button', { name: 'Duyệt và đăng ngay' }).click();
  await expect(approver.getByRole('heading', { name: 'Trạng thái: Đã đăng' })).toBeVisible();
  await seenOnB({
    [`/bai-viet/${slug}`]: (a) => a.status === 200 && a.text.includes(live.title),
    '/': (a) => a.text.includes(live.title),
    '/chuyen-muc/tin-hoat-dong': (a) => a.text.includes(live.title),
    '/rss.xml': (a) => a.text.includes(live.title),
    [`/tim-kiem?q=${word}`]: (a) => a.text.includes(`/bai-viet/${slug}`),
  });

  // The photo, uploaded through A into the shared store, is served by B.
  const page = await fromB(`/bai-viet/${slug}`);
  const photo = /\/anh\/[0-9a-z-]+\/w\d+\.(?:avif|webp|jpg)/.exec(page.text)?.[0];
  expect(photo).toBeDefined();
  const image = await fetch(`${B}${photo}`);
  expect(image.status).toBe(200);
  expect(image.headers.get('content-type')).toMatch(/^image\//);
  expect((await image.arrayBuffer()).byteLength).toBeGreaterThan(500);
});

test('an edit of the live article published on A shows on B', async ({ browser }) => {
  test.setTimeout(90_000);
  const edited = `${live.title} (đã sửa)`;
  await approver.goto(`/quan-tri/bai-viet/${live.id}`);
  await approver.locator('#tieu-de').fill(edited);
  await approver.getByRole('button', { name: 'Lưu bản sửa (chờ duyệt)' }).click();
  await expect(approver.getByText(/Đã lưu bản sửa/)).toBeVisible();
  // Saved but not yet approved: B keeps the approved version.
  expect((await fromB(`/bai-viet/${live.slug}`)).text).not.toContain('(đã sửa)');

  const admin = await as(browser, 'admin', `/quan-tri/bai-viet/${live.id}`);
  await admin.getByRole('button', { name: 'Duyệt và đăng bản sửa' }).click();
  await expect(admin.getByText('Biểu mẫu đang hiện bản sửa chờ duyệt')).toHaveCount(0);
  await seenOnB({
    [`/bai-viet/${live.slug}`]: (a) => a.text.includes('(đã sửa)'),
    '/': (a) => a.text.includes('(đã sửa)'),
  });
  live.title = edited;
  await admin.context().close();
});

test('a tag renamed on A is renamed on B, also after B lost its listening connection', async ({ browser }) => {
  test.setTimeout(90_000);
  const admin = await as(browser, 'admin', '/quan-tri/the');
  const tagPath = '/the/thi-dua-khen-thuong';
  const rename = async (name: string) => {
    const card = admin.locator('li').filter({ has: admin.getByRole('link', { name: tagPath }) });
    await card.getByRole('textbox', { name: 'Tên tag' }).fill(name);
    await card.getByRole('button', { name: 'Đổi tên' }).click();
    await expect(card.getByText('Đã đổi tên tag.')).toBeVisible();
  };
  expect((await fromB(tagPath)).status).toBe(200);
  await rename(`Thi đua khen thưởng ${stamp}`);
  await seenOnB({ [tagPath]: (a) => a.text.includes(`Thi đua khen thưởng ${stamp}`) });

  // Every instance's listening connection is cut; each reconnects within a second or so.
  const cut = await withDatabase(async (db) => (await db.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'portal-change-listener'`)).rowCount);
  expect(cut).toBe(2);
  await expect
    .poll(() => withDatabase(async (db) => (await db.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'portal-change-listener'`)).rows[0].n), { timeout: 10_000 })
    .toBe(2);
  await rename('Thi đua khen thưởng');
  await seenOnB({ [tagPath]: (a) => a.text.includes('Thi đua khen thưởng') && !a.text.includes(stamp) });
  await admin.context().close();
});

test('an article scheduled on A appears on B when it falls due, published once', async () => {
  test.setTimeout(90_000);
  const title = `Lễ trao tặng danh hiệu hẹn giờ ${stamp}`;
  const { id, slug } = await submitted(editor, title);
  // The time of publication a few seconds ahead (the form's own date picker is tested elsewhere).
  const due = Date.now() + 6_000;
  await withDatabase((db) => db.query(`UPDATE "Article" SET "publishedAt" = $1 WHERE id = $2`, [new Date(due), id]));
  await approver.goto(`/quan-tri/bai-viet/${id}`);
  // The form shows minutes; a time seconds ahead may read as "now", but the server schedules it.
  await approver.getByRole('button', { name: /^Duyệt và (hẹn giờ đăng|đăng ngay)$/ }).click();
  await expect(approver.getByRole('heading', { name: 'Trạng thái: Hẹn giờ' })).toBeVisible();
  expect((await fromB(`/bai-viet/${slug}`)).status).toBe(404);
  expect((await fromB('/')).text).not.toContain(title);

  await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - Date.now())));
  // Due now: settled by one instance's scheduler within a second, then shown everywhere.
  await seenOnB({ [`/bai-viet/${slug}`]: (a) => a.status === 200, '/': (a) => a.text.includes(title) }, 1_000 + SEEN_WITHIN_MS);
  const settled = await withDatabase(async (db) => (await db.query(`SELECT count(*)::int AS n FROM "AuditLog" WHERE action = 'article.scheduledPublish' AND "entityId" = $1`, [String(id)])).rows[0].n);
  expect(settled).toBe(1);
});

test('an article withdrawn on A answers 410 with the notice on B', async () => {
  test.setTimeout(60_000);
  expect((await fromB(`/bai-viet/${live.slug}`)).status).toBe(200);
  await approver.goto(`/quan-tri/bai-viet/${live.id}`);
  await approver.getByRole('button', { name: 'Gỡ bài…' }).click();
  await approver.getByLabel('Lý do gỡ bài (ghi vào nhật ký)').fill('Thông tin cần được kiểm tra lại.');
  await approver.getByRole('button', { name: 'Gỡ bài', exact: true }).click();
  await expect(approver.getByRole('heading', { name: 'Trạng thái: Đã gỡ' })).toBeVisible();
  await seenOnB({
    [`/bai-viet/${live.slug}`]: (a) => a.status === 410 && a.text.includes('Bài viết đã được gỡ') && !a.text.includes('Nội dung bài viết được đăng từ máy chủ A.'),
    '/': (a) => !a.text.includes(live.title),
    '/rss.xml': (a) => !a.text.includes(live.title),
  });
});
