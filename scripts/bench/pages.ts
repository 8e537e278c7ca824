// `npm run bench [-- --articles 100000]`: public page speed against a production build on
// this machine, in phases, with the server's memory after each:
//   1. hot pages: an article and the home page at 10 and 50 connections (autocannon),
//      beside a bare node:http server returning the same bytes from memory;
//   2. a crawler's first pass: distinct article URLs taken from the sitemap, each asked
//      once, at 10 connections (BENCH_CRAWL caps how many);
//   3. lists: section and tag pages (several ?trang=), a search and a 404, at 50;
//   4. sitemap files: first and second fetch, size, gzip;
//   6. Lighthouse mobile on an article, the home page and a section page;
// and the JavaScript (gzip) an article page sends. --articles fills the throw-away
// database with that many generated articles first. Not part of the test suite.
import autocannon from 'autocannon';
import { spawn, execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import http from 'node:http';
import { parseArgs } from 'node:util';
import { ROOT, stopChild } from '../lib/processes';
import { startBenchPortal } from './bench-portal';
import { topSelfTime } from './cpu-profile';
import { lighthouseMobile } from './lighthouse';

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const { values: args } = parseArgs({ options: { articles: { type: 'string' }, profile: { type: 'boolean' } }, strict: false });
const ARTICLES = Number(args.articles ?? 0);
const CRAWL = Number(process.env.BENCH_CRAWL ?? 5000);
const temp = mkdtempSync(path.join(os.tmpdir(), 'portal-bench-'));
chmodSync(temp, 0o755);

type Figures = { rps: number; p50: number; p99: number; errors: number };

async function load(url: string, connections: number, paths?: string[], onResponse?: () => void): Promise<Figures> {
  // With `paths`, each request asks for the next one, once each, round the list.
  let next = 0;
  const requests = paths ? [{ setupRequest: (request: { path: string }) => ({ ...request, path: paths[next++ % paths.length] }) }] : undefined;
  const options = { url, connections, pipelining: 1, ...(paths ? { amount: paths.length, requests } : { duration: DURATION }) } as autocannon.Options;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error, done) => (error ? reject(error) : resolve(done)));
    if (onResponse) instance.on('response', onResponse);
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    // 404s asked for on purpose are answers, not errors.
    errors: result.errors + result['5xx'],
  };
}

/**
 * Resident memory in MB as PSS (proportional set size): PostgreSQL's processes share
 * their buffers, and plain RSS would count that shared memory once per process.
 */
function pssMb(pid: number): number {
  const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
  return Number(/^Pss:\s+(\d+)/m.exec(rollup)![1]) / 1024;
}

function postgresPssMb(dataDir: string): number {
  const lines = execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' }).split('\n');
  const main = lines.find((line) => line.includes(dataDir) && /postgres/.test(line));
  const mainPid = main ? Number(main.trim().split(/\s+/)[0]) : 0;
  return lines
    .map((line) => line.trim().split(/\s+/).map(Number))
    .filter(([pid, ppid]) => pid === mainPid || ppid === mainPid)
    .reduce((sum, [pid]) => sum + pssMb(pid), 0);
}

async function javascriptBytes(base: string, html: string) {
  // noModule scripts (legacy polyfills) are never fetched by the browsers that run modules.
  const external = [...html.matchAll(/<script([^>]+)src="([^"]+)"([^>]*)>/g)]
    .filter((m) => !/noModule/i.test(m[1] + m[3]))
    .map((m) => m[2]);
  let gzip = 0;
  for (const src of new Set(external)) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    gzip += gzipSync(body).length;
  }
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
  return { files: new Set(external).size, gzip, inlineGzip: gzipSync(Buffer.from(inline)).length };
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

type MemoryRow = { rss: number; heapUsed: number; heapTotal: number; external: number; pageCache: number; microCache: number };

/** The Node process's RSS and where it is (the server's SIGUSR2 report), in MB. */
async function memoryOf(pid: number, reportFile: string): Promise<MemoryRow> {
  const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
  rmSync(reportFile, { force: true });
  process.kill(pid, 'SIGUSR2');
  for (let i = 0; i < 50 && !existsSync(reportFile); i++) await new Promise((r) => setTimeout(r, 20));
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  const mb = (bytes: number) => bytes / 1024 / 1024;
  return {
    rss,
    heapUsed: mb(report.heapUsed),
    heapTotal: mb(report.heapTotal),
    external: mb(report.external),
    pageCache: mb(report.pageCache.bytes),
    microCache: mb(report.microCache?.bytes ?? 0),
  };
}

/** Every <loc> of the sitemap (following an index), article URLs as paths. */
async function sitemapPaths(base: string): Promise<{ files: string[]; articles: string[] }> {
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  const top = await (await fetch(`${base}/sitemap.xml`)).text();
  const files = top.includes('<sitemapindex') ? locs(top) : ['/sitemap.xml'];
  const articles: string[] = [];
  for (const file of files) {
    const xml = file === '/sitemap.xml' ? top : await (await fetch(`${base}${file}`)).text();
    articles.push(...locs(xml).filter((p) => p.startsWith('/bai-viet/')));
  }
  return { files, articles };
}

const STRETCH = 10_000;

/**
 * The crawl's rate over each stretch of 10,000 pages, printed as it goes: a pass takes
 * about 20 minutes, and a slow stretch shows whether the server slowed down as it went
 * (caches, heap) or the machine did for a while.
 */
function crawlStretches() {
  const rates: number[] = [];
  let done = 0;
  let since = performance.now();
  const onResponse = () => {
    if (++done % STRETCH !== 0) return;
    const now = performance.now();
    rates.push((STRETCH * 1000) / (now - since));
    since = now;
    console.log(`  crawl: ${fmt(done)} pages, the last ${fmt(STRETCH)} at ${fmt(rates.at(-1)!, 1)} pages/s`);
  };
  return { rates, onResponse };
}

const row = (name: string, f: Figures, extra = '') =>
  console.log(`${name.padEnd(34)} ${fmt(f.rps).padStart(8)} req/s  p50 ${fmt(f.p50, 1).padStart(6)} ms  p99 ${fmt(f.p99, 1).padStart(7)} ms  errors ${String(f.errors).padStart(4)}${extra}`);

/** --profile: only the crawler's pass, with the server under --cpu-prof; prints where the time went. */
async function profileCrawl() {
  const profileDir = path.join(temp, 'profile');
  const portal = await startBenchPortal(temp, { articles: ARTICLES, nodeFlags: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] });
  try {
    const { articles } = await sitemapPaths(portal.base);
    const crawl = await load(portal.base, 10, articles.slice(0, CRAWL));
    row(`crawl of ${fmt(Math.min(CRAWL, articles.length))} distinct articles`, crawl);
    await stopChild(portal.server);
    console.log('\nTop self time in the server process (whole run, start-up included):');
    for (const line of topSelfTime(profileDir)) console.log(line);
  } finally {
    await portal.stop();
    rmSync(temp, { recursive: true, force: true });
  }
}

async function main() {
  if (args.profile) return profileCrawl();
  const portal = await startBenchPortal(temp, { articles: ARTICLES });
  const { base, server, dataDir } = portal;
  const memoryNow = () => memoryOf(server.pid!, portal.env.MEMORY_REPORT_FILE!);
  const memory: [string, MemoryRow][] = [['after start', await memoryNow()]];
  let bare;
  try {
    console.log(`\nPage benchmark (${DURATION} s per timed run, autocannon, ${os.cpus().length} cores, ${ARTICLES ? `${fmt(ARTICLES)} generated articles + ` : ''}demo content)`);

    // 4 (first, while nothing is cached). Sitemap files: built, then cached.
    const sitemapRows: string[] = [];
    // node:http, not fetch: fetch would undo the gzip and hide the bytes actually sent.
    const timedFetch = (path: string, headers: Record<string, string> = {}) =>
      new Promise<{ ms: number; bytes: number; encoding: string; status: number }>((resolve, reject) => {
        const started = performance.now();
        http.get(`${base}${path}`, { headers }, (response) => {
          let bytes = 0;
          response.on('data', (chunk: Buffer) => (bytes += chunk.length));
          response.on('end', () => resolve({ ms: performance.now() - started, bytes, encoding: String(response.headers['content-encoding'] ?? 'none'), status: response.statusCode ?? 0 }));
        }).on('error', reject);
      });
    const top = await (await fetch(`${base}/sitemap.xml`)).text();
    const sitemapFiles = top.includes('<sitemapindex') ? ['/sitemap.xml', ...[...top.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname)] : ['/sitemap.xml'];
    for (const file of sitemapFiles.slice(0, 4)) {
      const first = await timedFetch(file);
      const second = await timedFetch(file);
      const gzip = await timedFetch(file, { 'accept-encoding': 'gzip' });
      sitemapRows.push(`${file.padEnd(28)} first ${fmt(first.ms).padStart(6)} ms  cached ${fmt(second.ms).padStart(5)} ms  ${fmt(first.bytes / 1024).padStart(6)} KB  gzip: ${gzip.encoding === 'gzip' ? `${fmt(gzip.bytes / 1024)} KB` : 'not offered'}`);
    }
    memory.push(['after the sitemap files', await memoryNow()]);

    // 2. A crawler's first pass: distinct article URLs, each once.
    const { articles } = await sitemapPaths(base);
    const crawlList = articles.slice(0, CRAWL);
    const stretches = crawlStretches();
    const crawl = await load(base, 10, crawlList, stretches.onResponse);
    memory.push([`after the crawl of ${fmt(crawlList.length)} URLs`, await memoryNow()]);

    // 1. Hot pages beside the bare server.
    const home = await (await fetch(`${base}/`)).text();
    const articlePath = /href="(\/bai-viet\/[^"]+)"/.exec(home)![1];
    const article = await (await fetch(`${base}${articlePath}`)).text();
    const pagesFile = path.join(temp, 'pages.json');
    writeFileSync(pagesFile, JSON.stringify({ '/': home, [articlePath]: article }));
    bare = spawn(process.execPath, [path.join(ROOT, 'scripts', 'bench', 'bare-server.mjs'), pagesFile], { stdio: ['ignore', 'pipe', 'inherit'] });
    const barePort = await new Promise<number>((resolve) => bare!.stdout!.on('data', (c: Buffer) => resolve(Number(/PORT (\d+)/.exec(c.toString())![1]))));
    const bareBase = `http://127.0.0.1:${barePort}`;
    // Warm the caches and the JIT before measuring.
    await load(`${base}${articlePath}`, 10);
    await load(`${base}/`, 10);
    const rows: [string, number, Figures, Figures][] = [];
    for (const [name, pagePath] of [['article', articlePath], ['home', '/']] as const) {
      for (const connections of [10, 50]) {
        const next = await load(`${base}${pagePath}`, connections);
        const floor = await load(`${bareBase}${pagePath}`, connections);
        rows.push([name, connections, next, floor]);
      }
    }
    memory.push(['after the hot pages', await memoryNow()]);
    const article50 = rows.find(([n, c]) => n === 'article' && c === 50)!;

    // 3. Lists, a search and a 404, at 50 connections.
    const lists: [string, string][] = [
      ['section page 1', '/chuyen-muc/tin-hoat-dong'],
      ['section page 3', '/chuyen-muc/tin-hoat-dong?trang=3'],
      ['tag page', '/the/thi-dua-khen-thuong'],
      ['search "khen thưởng"', `/tim-kiem?q=${encodeURIComponent('khen thưởng')}`],
      ['404 (unknown article)', '/bai-viet/khong-co-bai-nay'],
    ];
    const listRows: [string, Figures][] = [];
    for (const [name, listPath] of lists) listRows.push([name, await load(`${base}${listPath}`, 50)]);
    memory.push(['after the lists', await memoryNow()]);

    // 6. Phones: Lighthouse mobile on an article, the home page and a section page.
    const phones = await lighthouseMobile(base, [articlePath, '/', '/chuyen-muc/tin-hoat-dong']);

    const nextPss = pssMb(server.pid!);
    const pgPss = postgresPssMb(dataDir);
    const js = await javascriptBytes(base, article);

    console.log('\n1. Hot pages\npage     conns | Next req/s   p50 ms  p99 ms  errors | bare req/s  p50 ms  p99 ms | Next/bare');
    for (const [name, connections, next, floor] of rows) {
      console.log(
        `${name.padEnd(8)} ${String(connections).padStart(5)} | ${fmt(next.rps).padStart(10)} ${fmt(next.p50, 1).padStart(8)} ${fmt(next.p99, 1).padStart(7)} ${String(next.errors).padStart(7)} | ${fmt(floor.rps).padStart(10)} ${fmt(floor.p50, 1).padStart(7)} ${fmt(floor.p99, 1).padStart(7)} | ${fmt((100 * next.rps) / floor.rps, 1).padStart(7)} %`,
      );
    }
    console.log(`Article p99 at 50 connections: ${fmt(article50[2].p99, 1)} ms (target ≤ 50 ms)`);
    console.log(`\n2. First-time renders, ${fmt(crawlList.length)} distinct article URLs from the sitemap, 10 connections (target ≥ 80 pages/s, p99 ≤ 500 ms)`);
    row('distinct articles', crawl, `  (${fmt(crawl.rps, 1)} pages/s)`);
    console.log(`By stretches of ${fmt(STRETCH)} pages (pages/s): ${stretches.rates.map((rate) => fmt(rate, 1)).join(', ')}`);
    console.log(`\n3. Lists at 50 connections (target ≥ 25 % of the hot article's ${fmt(article50[2].rps)} req/s, p99 ≤ 100 ms)`);
    for (const [name, figures] of listRows) row(name, figures, `  ${fmt((100 * figures.rps) / article50[2].rps, 1).padStart(5)} % of hot`);
    console.log(`\n4. Sitemap files (target: built ≤ 1 s, cached ≤ 200 ms, gzip)`);
    for (const line of sitemapRows) console.log(line);
    console.log('\n5. Memory of the Node process (RSS; target ≤ 300 MiB), MB');
    console.log(`${''.padEnd(34)}   RSS  heap used/total  external  page cache  micro-cache`);
    for (const [when, m] of memory) {
      console.log(`${when.padEnd(34)} ${fmt(m.rss).padStart(5)}  ${fmt(m.heapUsed).padStart(9)}/${fmt(m.heapTotal).padEnd(5)}  ${fmt(m.external).padStart(8)}  ${fmt(m.pageCache, 1).padStart(10)}  ${fmt(m.microCache, 1).padStart(11)}`);
    }
    console.log(`PSS at the end: Next ${fmt(nextPss)} MB + PostgreSQL ${fmt(pgPss)} MB`);
    console.log('\n6. Lighthouse mobile (targets: performance ≥ 95, TBT ≤ 200 ms, LCP ≤ 1.5 s, CLS 0, first view ≤ 200 KiB)');
    for (const p of phones) {
      console.log(`${p.path.slice(0, 40).padEnd(40)} performance ${String(p.score).padStart(3)}  TBT ${fmt(p.tbtMs).padStart(4)} ms  LCP ${fmt(p.lcpMs / 1000, 2)} s  CLS ${fmt(p.cls, 3)}  ${fmt(p.kib)} KiB`);
    }
    console.log(`\nJavaScript on an article page: ${js.files} files, ${fmt(js.gzip / 1024, 1)} KB gzip (+ ${fmt(js.inlineGzip / 1024, 1)} KB gzip inline RSC payload)`);
  } finally {
    await stopChild(bare);
    await portal.stop();
    rmSync(temp, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
