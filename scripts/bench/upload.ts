// `npm run bench:upload`: (1) a 24-megapixel camera JPEG (6000×4000, about 8 MB) taken
// through the upload pipeline (content check, EXIF rotate and strip, private original)
// and into every served size and format, with wall time and peak memory; (2) against a
// production build in Chromium, the time from an approver's click on "publish", a second
// approver's "publish the edit" of a live article, and "withdraw", to the public page
// showing the change. Not part of the test suite.
import { chromium, type Browser, type Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { ROOT } from '../lib/processes';
import { startBenchPortal } from './bench-portal';

const temp = mkdtempSync(path.join(os.tmpdir(), 'portal-bench-upload-'));
chmodSync(temp, 0o755);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** A photo-like 6000×4000 JPEG: smooth shapes plus sensor-like grain, with EXIF and GPS. */
async function cameraJpeg(seed: number): Promise<Buffer> {
  const [width, height] = [6000, 4000];
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${seed * 40},50%,35%)"/><stop offset="1" stop-color="hsl(${seed * 40 + 60},60%,70%)"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>
    ${Array.from({ length: 40 }, (_, i) => `<circle cx="${(i * 977 + seed * 131) % width}" cy="${(i * 613) % height}" r="${120 + ((i * 37) % 300)}" fill="hsl(${(i * 29 + seed * 50) % 360},55%,55%)" opacity="0.6"/>`).join('')}
  </svg>`;
  const base = await sharp(Buffer.from(svg)).raw().toBuffer({ resolveWithObject: true });
  const noise = randomBytes(base.data.length);
  for (let i = 0; i < base.data.length; i += 1) base.data[i] = Math.max(0, Math.min(255, base.data[i] + ((noise[i] % 33) - 16)));
  return sharp(base.data, { raw: base.info })
    .jpeg({ quality: 93 })
    .withExif({ IFD0: { Make: 'Bench', Model: 'Camera' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '10/1 15/1 0/1' } })
    .withMetadata({ orientation: 1 })
    .toBuffer();
}

type ImageRow = { ms: number; ingestMs: number; deriveMs: number; bytes: number; variants: number; expected: number; peakMb: number };

/** Each round in its own process (scripts/bench/upload-one.ts), so peak memory is the pipeline's. */
async function imagePipeline(env: NodeJS.ProcessEnv): Promise<ImageRow[]> {
  const rows: ImageRow[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const file = path.join(temp, `camera-${round}.jpg`);
    writeFileSync(file, await cameraJpeg(round));
    const output = execFileSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', path.join(ROOT, 'scripts/bench/upload-one.ts'), file], { env, encoding: 'utf8' });
    const row = JSON.parse(output.trim().split('\n').pop()!) as ImageRow;
    if (row.variants !== row.expected) throw new Error(`made ${row.variants} of ${row.expected} served files`);
    rows.push(row);
  }
  return rows;
}

async function signIn(browser: Browser, base: string, email: string, password: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL: base })).newPage();
  await page.goto('/dang-nhap?tiep=/quan-tri');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL(/\/quan-tri$/);
  return page;
}

/** Milliseconds from `act` starting until the public URL answers as `done` says. */
async function timeUntil(base: string, url: string, act: () => Promise<void>, done: (status: number, body: string) => boolean) {
  const started = performance.now();
  const acting = act();
  for (;;) {
    const response = await fetch(`${base}${url}`, { redirect: 'manual' });
    if (done(response.status, await response.text())) break;
    if (performance.now() - started > 15_000) throw new Error(`no change seen at ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const ms = performance.now() - started;
  await acting;
  return ms;
}

async function publishing(base: string) {
  const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  const times = { publish: [] as number[], update: [] as number[], withdraw: [] as number[] };
  try {
    const editor = await signIn(browser, base, 'bientap@anhoa.gov.vn', 'BienTap@2026');
    const approver = await signIn(browser, base, 'bbt@anhoa.gov.vn', 'BanBienTap@2026');
    const admin = await signIn(browser, base, 'quantri@anhoa.gov.vn', 'QuanTri@2026');
    for (let round = 0; round < ROUNDS; round += 1) {
      const title = `Bài đo tốc độ đăng số ${round + 1} ${Date.now()}`;
      await editor.goto('/quan-tri/bai-viet/moi');
      await editor.locator('#tieu-de').fill(title);
      const slug = await editor.getByLabel('Đường dẫn').inputValue();
      await editor.getByLabel('Sapo (đoạn mở đầu, in đậm)').fill('Sapo của bài đo tốc độ.');
      await editor.getByLabel('Chuyên mục').selectOption({ index: 1 });
      await editor.getByRole('textbox', { name: 'Nội dung' }).click();
      await editor.keyboard.type('Nội dung bài đo tốc độ.');
      await editor.getByRole('button', { name: 'Gửi duyệt' }).click();
      await editor.getByRole('heading', { name: 'Trạng thái: Chờ duyệt' }).waitFor();
      // Readers have the pages cached before the change.
      for (const url of [`/bai-viet/${slug}`, '/', '/rss.xml']) await fetch(`${base}${url}`);

      await approver.goto(editor.url());
      times.publish.push(await timeUntil(base, `/bai-viet/${slug}`, () => approver.getByRole('button', { name: 'Duyệt và đăng ngay' }).click(), (status) => status === 200));
      await approver.getByRole('heading', { name: 'Trạng thái: Đã đăng' }).waitFor();

      // An edit of a live article waits for a second person: timed from that person's click.
      await approver.locator('#tieu-de').fill(`${title} (cập nhật)`);
      await approver.getByRole('button', { name: 'Lưu bản sửa (chờ duyệt)' }).click();
      await approver.getByText(/Đã lưu bản sửa/).waitFor();
      await admin.goto(approver.url());
      times.update.push(await timeUntil(base, `/bai-viet/${slug}`, () => admin.getByRole('button', { name: 'Duyệt và đăng bản sửa' }).click(), (status, body) => body.includes('(cập nhật)')));

      await approver.reload();
      await approver.getByRole('button', { name: 'Gỡ bài…' }).click();
      await approver.getByLabel('Lý do gỡ bài (ghi vào nhật ký)').fill('Đo tốc độ gỡ bài.');
      times.withdraw.push(await timeUntil(base, `/bai-viet/${slug}`, () => approver.getByRole('button', { name: 'Gỡ bài', exact: true }).click(), (status) => status === 410));
    }
  } finally {
    await browser.close();
  }
  return times;
}

async function main() {
  console.log(`Upload benchmark (${os.cpus().length} cores, ${ROUNDS} rounds)\n`);
  const portal = await startBenchPortal(temp);
  try {
    const images = await imagePipeline({ ...portal.env, STORAGE_DIR: path.join(temp, 'storage-direct') });
    for (const row of images) {
      console.log(
        `24 MP JPEG ${fmt(row.bytes / 1024 / 1024, 1)} MB → ${row.variants} served files: ${fmt(row.ms)} ms (check, rotate, strip, store ${fmt(row.ingestMs)} ms + derive ${fmt(row.deriveMs)} ms), peak RSS ${fmt(row.peakMb)} MB`,
      );
    }
    console.log(`Median ${fmt(median(images.map((r) => r.ms)))} ms (target ≤ 3,000 ms); highest peak RSS ${fmt(Math.max(...images.map((r) => r.peakMb)))} MB (target ≤ 600 MB; the whole process, Node runtime included)\n`);
    const times = await publishing(portal.base);
    for (const [name, values] of Object.entries(times)) {
      console.log(`${name.padEnd(8)} click → public page changed: ${values.map((v) => `${fmt(v)} ms`).join(', ')} (median ${fmt(median(values))} ms, target ≤ 1,000 ms)`);
    }
  } finally {
    await portal.stop();
    rmSync(temp, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
