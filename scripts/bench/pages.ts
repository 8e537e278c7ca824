// `npm run bench`: public page speed against a production build on this machine.
// Prints requests/s and p50/p99 latency for an article page and the home page at 10 and
// 50 connections (autocannon), the same for a bare node:http server returning the same
// bytes from memory, their ratio, the resident memory of Next + PostgreSQL after the
// run, and the JavaScript (gzip) an article page sends. Not part of the test suite.
import autocannon from 'autocannon';
import { spawn, execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT, stopChild } from '../lib/processes';
import { startBenchPortal } from './bench-portal';

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const temp = mkdtempSync(path.join(os.tmpdir(), 'portal-bench-'));
chmodSync(temp, 0o755);

type Figures = { rps: number; p50: number; p99: number; errors: number };

async function load(url: string, connections: number): Promise<Figures> {
  const result = await autocannon({ url, connections, duration: DURATION, pipelining: 1 });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
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

async function main() {
  const portal = await startBenchPortal(temp);
  const { base, server, dataDir } = portal;
  let bare;
  try {
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
    const nextRss = pssMb(server.pid!);
    const nextPlainRss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))![1]) / 1024;
    const pgRss = postgresPssMb(dataDir);
    const js = await javascriptBytes(base, article);

    console.log(`\nPage benchmark (${DURATION} s per run, autocannon, ${os.cpus().length} cores)\n`);
    console.log('page     conns | Next req/s   p50 ms  p99 ms  errors | bare req/s  p50 ms  p99 ms | Next/bare');
    for (const [name, connections, next, floor] of rows) {
      console.log(
        `${name.padEnd(8)} ${String(connections).padStart(5)} | ${fmt(next.rps).padStart(10)} ${fmt(next.p50, 1).padStart(8)} ${fmt(next.p99, 1).padStart(7)} ${String(next.errors).padStart(7)} | ${fmt(floor.rps).padStart(10)} ${fmt(floor.p50, 1).padStart(7)} ${fmt(floor.p99, 1).padStart(7)} | ${fmt((100 * next.rps) / floor.rps, 1).padStart(7)} %`,
      );
    }
    const article50 = rows.find(([n, c]) => n === 'article' && c === 50)!;
    console.log(`\nResident memory (PSS) after the run: Next ${fmt(nextRss)} MB + PostgreSQL ${fmt(pgRss)} MB = ${fmt(nextRss + pgRss)} MB (target ≤ 300 MB); Next's plain RSS ${fmt(nextPlainRss)} MB`);
    console.log(`JavaScript on an article page: ${js.files} files, ${fmt(js.gzip / 1024, 1)} KB gzip (+ ${fmt(js.inlineGzip / 1024, 1)} KB gzip inline RSC payload) (target ≤ 120 KB)`);
    console.log(`Article throughput vs bare server at 50 connections: ${fmt((100 * article50[2].rps) / article50[3].rps, 1)} % (target ≥ 25 %)`);
    console.log(`Article p99 at 50 connections: ${fmt(article50[2].p99, 1)} ms (target ≤ 100 ms)`);
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
