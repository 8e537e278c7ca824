// `npm run bench:instances`: two production instances (A and B) of one build on one
// database. An approver publishes an article on A, in Chromium, 20 times (BENCH_TRIES);
// each time B has already cached the article's address (a 404) and the home page. Prints
// how long after the publish B showed the article and the home page listed it: median and
// maximum, measured from the click on A and from A's confirmation. Not part of the tests.
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { chromium } from '@playwright/test';
import { buildIfNeeded } from '../lib/build';
import { startEmbeddedDatabase } from '../lib/embedded-db';
import { migrate } from '../lib/migrate';
import { runServerScript, startInstance, stopChild, type startServer } from '../lib/processes';

const TRIES = Number(process.env.BENCH_TRIES ?? 20);
const temp = mkdtempSync(path.join(os.tmpdir(), 'portal-bench-instances-'));
chmodSync(temp, 0o755);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};

/** Articles ready for approval, made directly in the database. */
async function submittedArticles(url: string, count: number): Promise<{ id: number; slug: string; title: string }[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const section = (await client.query(`SELECT id FROM "Section" ORDER BY position LIMIT 1`)).rows[0].id;
    const author = (await client.query(`SELECT id FROM "User" WHERE role = 'EDITOR' ORDER BY id LIMIT 1`)).rows[0].id;
    const made = [];
    for (let i = 0; i < count; i += 1) {
      const title = `Bài đo thời gian lan truyền số ${i + 1}`;
      const slug = `bai-do-lan-truyen-${i + 1}`;
      const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `Nội dung bài đo số ${i + 1}.` }] }] };
      const row = await client.query(
        `INSERT INTO "Article" (title, slug, sapo, body, "bodyText", byline, status, "sectionId", "createdById", "lastEditorId", version, "updatedAt")
         VALUES ($1, $2, 'Sapo bài đo.', $3, $4, 'Phóng viên', 'SUBMITTED', $5, $6, $6, 1, now()) RETURNING id`,
        [title, slug, JSON.stringify(body), `Nội dung bài đo số ${i + 1}.`, section, author],
      );
      made.push({ id: row.rows[0].id as number, slug, title });
    }
    return made;
  } finally {
    await client.end();
  }
}

async function main() {
  const database = await startEmbeddedDatabase({ dataDir: path.join(temp, 'postgres'), database: 'bench', quiet: true });
  const servers: Awaited<ReturnType<typeof startServer>>[] = [];
  let browser: Awaited<ReturnType<typeof chromium.launch>> | undefined;
  try {
    const common: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: database.url,
      STORAGE_DIR: path.join(temp, 'storage'),
      HOST: '127.0.0.1',
      AUTH_SECRET: randomBytes(32).toString('base64url'),
    };
    await migrate(database.url, () => undefined);
    await runServerScript('scripts/seed.ts', [], common);
    await buildIfNeeded('.next', common);
    const bases: string[] = [];
    for (let i = 0; i < 2; i += 1) {
      const { server, url } = await startInstance(common);
      servers.push(server);
      bases.push(url);
    }
    const [a, b] = bases;
    const articles = await submittedArticles(database.url, TRIES);

    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    const page = await (await browser.newContext({ baseURL: a, viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto('/dang-nhap?tiep=/quan-tri');
    await page.getByLabel('Email').fill('bbt@anhoa.gov.vn');
    await page.getByLabel('Mật khẩu').fill('BanBienTap@2026');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL((url) => url.pathname === '/quan-tri');

    const fromClick: number[] = [];
    const fromConfirmation: number[] = [];
    const homeFromClick: number[] = [];
    for (const article of articles) {
      // B caches the address (404) and the home page before the publish.
      if ((await fetch(`${b}/bai-viet/${article.slug}`)).status !== 404) throw new Error('B shows the article before it is published');
      await fetch(`${b}/`);
      await page.goto(`/quan-tri/bai-viet/${article.id}`);
      const button = page.getByRole('button', { name: 'Duyệt và đăng ngay' });
      await button.waitFor();
      const clicked = performance.now();
      await button.click();
      let confirmed = 0;
      const confirmation = page
        .getByRole('heading', { name: 'Trạng thái: Đã đăng' })
        .waitFor()
        .then(() => (confirmed = performance.now()));
      let pageSeen = 0;
      let homeSeen = 0;
      while (!pageSeen || !homeSeen) {
        if (performance.now() - clicked > 30_000) throw new Error(`B did not show ${article.slug} within 30 s`);
        if (!pageSeen && (await fetch(`${b}/bai-viet/${article.slug}`)).status === 200) pageSeen = performance.now();
        if (!homeSeen && (await (await fetch(`${b}/`)).text()).includes(article.title)) homeSeen = performance.now();
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      await confirmation;
      fromClick.push(pageSeen - clicked);
      fromConfirmation.push(Math.max(0, pageSeen - confirmed));
      homeFromClick.push(homeSeen - clicked);
    }
    const line = (label: string, values: number[]) => console.log(`${label.padEnd(52)} median ${median(values).toFixed(0).padStart(5)} ms   max ${Math.max(...values).toFixed(0).padStart(5)} ms`);
    console.log(`\nPublish on A → visible on B, ${TRIES} tries (2 instances, one embedded PostgreSQL, production build):`);
    line('article page on B, from the click on A', fromClick);
    line('article page on B, after A confirmed the publish', fromConfirmation);
    line('home page on B lists it, from the click on A', homeFromClick);
  } finally {
    await browser?.close();
    for (const server of servers) await stopChild(server);
    await database.stop();
    rmSync(temp, { recursive: true, force: true });
  }
}

await main();
