// `npm run bench:load`: 200 readers at once for 60 s (BENCH_SECONDS, BENCH_READERS) against a
// production build with 5,000 extra articles, while an editor writes, saves and submits an
// article and an approver publishes it, every 5 s, in Chromium. Prints the readers' status
// counts and p50/p99 latency, and every editor write's time and outcome: the newsroom must
// keep publishing while readers crowd in. Not part of the test suite.
import autocannon from 'autocannon';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { startBenchPortal } from './bench-portal';
import { fillArticles } from './fill-articles';
import { BENCH_QUERIES, prng } from './search-corpus';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const READERS = Number(process.env.BENCH_READERS ?? 200);
const EXTRA_ARTICLES = 5000;
const WRITE_EVERY_MS = 5000;
const temp = mkdtempSync(path.join(os.tmpdir(), 'portal-bench-load-'));
chmodSync(temp, 0o755);

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;
};

/** What readers ask for: mostly articles, also lists, tags, search and the home page. */
function readerPaths(): () => string {
  const rand = prng(7);
  return () => {
    const r = rand();
    if (r < 0.6) return `/bai-viet/bai-tai-${Math.floor(rand() * EXTRA_ARTICLES)}`;
    if (r < 0.75) return `/chuyen-muc/tin-hoat-dong?trang=${1 + Math.floor(rand() * 40)}`;
    if (r < 0.85) return `/tim-kiem?q=${encodeURIComponent(BENCH_QUERIES[Math.floor(rand() * BENCH_QUERIES.length)])}`;
    if (r < 0.92) return '/the/thi-dua-khen-thuong';
    return '/';
  };
}

async function signIn(browser: Browser, base: string, email: string, password: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL: base, viewport: { width: 1280, height: 900 } })).newPage();
  page.setDefaultTimeout(30_000);
  await page.goto('/dang-nhap?tiep=/quan-tri');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => url.pathname === '/quan-tri');
  return page;
}

type Write = { step: string; ms: number; ok: boolean; message?: string };

async function timed(writes: Write[], step: string, work: () => Promise<unknown>) {
  const started = performance.now();
  try {
    await work();
    writes.push({ step, ms: performance.now() - started, ok: true });
  } catch (error) {
    writes.push({ step, ms: performance.now() - started, ok: false, message: (error as Error).message.split('\n')[0] });
  }
}

/** Every 5 s until `until`: an editor saves and submits an article, an approver publishes it. */
async function newsroom(base: string, until: number): Promise<Write[]> {
  const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  const writes: Write[] = [];
  try {
    const editor = await signIn(browser, base, 'bientap@anhoa.gov.vn', 'BienTap@2026');
    const approver = await signIn(browser, base, 'bbt@anhoa.gov.vn', 'BanBienTap@2026');
    for (let round = 1; Date.now() < until; round += 1) {
      const started = Date.now();
      await editor.goto('/quan-tri/bai-viet/moi');
      await editor.locator('#tieu-de').fill(`Tin nóng số ${round} trong giờ cao điểm ${Date.now()}`);
      await editor.getByLabel('Sapo (đoạn mở đầu, in đậm)').fill('Đính chính thông tin trong ngày công bố khen thưởng.');
      await editor.getByLabel('Chuyên mục').selectOption({ index: 1 });
      await editor.getByRole('textbox', { name: 'Nội dung' }).click();
      await editor.keyboard.type('Nội dung đính chính.');
      await timed(writes, 'lưu', async () => {
        await editor.getByRole('button', { name: 'Lưu', exact: true }).click();
        await editor.getByText('Đã lưu.').waitFor();
      });
      await timed(writes, 'gửi duyệt', async () => {
        await editor.getByRole('button', { name: 'Gửi duyệt' }).click();
        await editor.getByRole('heading', { name: 'Trạng thái: Chờ duyệt' }).waitFor();
      });
      await approver.goto(editor.url());
      await timed(writes, 'duyệt đăng', async () => {
        await approver.getByRole('button', { name: 'Duyệt và đăng ngay' }).click();
        await approver.getByRole('heading', { name: 'Trạng thái: Đã đăng' }).waitFor();
      });
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, WRITE_EVERY_MS - (Date.now() - started))));
    }
  } finally {
    await browser.close();
  }
  return writes;
}

async function main() {
  console.log(`Load benchmark: ${READERS} readers for ${SECONDS} s while the newsroom publishes (${os.cpus().length} cores)\n`);
  const portal = await startBenchPortal(temp);
  try {
    await fillArticles(portal.env.DATABASE_URL!, EXTRA_ARTICLES);
    const next = readerPaths();
    const statuses = new Map<number, number>();
    const until = Date.now() + SECONDS * 1000;
    const [readers, writes] = await Promise.all([
      autocannon({
        url: portal.base,
        connections: READERS,
        duration: SECONDS,
        timeout: 30,
        requests: [{ setupRequest: (request) => ({ ...request, path: next() }) }],
      }).then((result) => {
        for (const [code, count] of Object.entries(result.statusCodeStats ?? {})) statuses.set(Number(code), (count as { count: number }).count);
        return result;
      }),
      newsroom(portal.base, until),
    ]);
    const count = (test: (code: number) => boolean) => [...statuses].filter(([code]) => test(code)).reduce((sum, [, n]) => sum + n, 0);
    console.log('Readers');
    console.log(`  requests ${readers.requests.total}, ${readers.requests.average.toFixed(0)} req/s, p50 ${readers.latency.p50} ms, p99 ${readers.latency.p99} ms`);
    console.log(`  2xx ${count((c) => c < 300)}, 3xx ${count((c) => c >= 300 && c < 400)}, 4xx ${count((c) => c >= 400 && c < 500)}, 5xx ${count((c) => c >= 500)} (${[...statuses].filter(([c]) => c >= 500).map(([c, n]) => `${c}×${n}`).join(', ') || 'none'}), errors ${readers.errors}, timeouts ${readers.timeouts}`);
    console.log('Editor writes');
    for (const step of ['lưu', 'gửi duyệt', 'duyệt đăng']) {
      const rows = writes.filter((w) => w.step === step);
      const ok = rows.filter((w) => w.ok).map((w) => w.ms);
      console.log(`  ${step.padEnd(11)} ${ok.length}/${rows.length} succeeded, p50 ${percentile(ok, 50).toFixed(0)} ms, p95 ${percentile(ok, 95).toFixed(0)} ms, max ${Math.max(...ok).toFixed(0)} ms`);
      for (const failed of rows.filter((w) => !w.ok)) console.log(`    failed after ${failed.ms.toFixed(0)} ms: ${failed.message}`);
    }
    const all = writes.filter((w) => w.ok).map((w) => w.ms);
    console.log(`  all writes: ${all.length}/${writes.length} succeeded, p95 ${percentile(all, 95).toFixed(0)} ms`);
  } finally {
    await portal.stop();
    rmSync(temp, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
