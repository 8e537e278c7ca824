// The portal's HTTP server: Next.js behind a thin wrapper that gives two answers Next's
// router cannot: 410 Gone for withdrawn articles, and 503 (not 500) while the database
// is unreachable. Plain JavaScript so production needs no TypeScript loader.
//   DATABASE_URL=… PORT=3000 node scripts/serve.mjs   (after `npm run build`)
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import next from 'next';
import pg from 'pg';
import { actionBodyProblem, foreignOrigin, isActionRequest, readBody, replay } from './lib/action-guard.mjs';
import { createMicroCache } from './lib/micro-cache.mjs';
import { createReaderLine, rendersPublicPage } from './lib/reader-line.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOST || '0.0.0.0';
if (!process.env.DATABASE_URL) {
  console.error('DATABASE_URL is not set. Use `npm start` for a local database.');
  process.exit(2);
}
process.env.PORTAL_INTERNAL_SECRET = randomBytes(24).toString('hex');
process.env.NEXT_TELEMETRY_DISABLED = '1';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2, connectionTimeoutMillis: 1500, idleTimeoutMillis: 10_000 });
pool.on('error', () => undefined);

// Database health, known without waiting: one connection is kept open, and the moment
// PostgreSQL drops it (a stop, a restart, a network cut) the server answers 503, from the
// very first request after; it reconnects every second. The periodic check below also
// notices scheduled articles that have fallen due (also those due while the server was
// down) and has the app publish them and refresh their pages.
let databaseUp = true;
let serverReady = false;
let closing = false;
let watcher = null;
function watchDatabase() {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL, connectionTimeoutMillis: 1500 });
  let gone = false;
  const lost = () => {
    if (gone) return;
    gone = true;
    databaseUp = false;
    if (watcher === client) watcher = null;
    client.end().catch(() => undefined);
    if (!closing) setTimeout(watchDatabase, 1000).unref();
  };
  client.on('error', lost);
  client.on('end', lost);
  client.connect().then(
    () => {
      watcher = client;
      databaseUp = true;
    },
    lost,
  );
}
async function checkDatabase() {
  try {
    const due = await pool.query(`SELECT EXISTS (SELECT 1 FROM "Article" WHERE status = 'SCHEDULED' AND "publishedAt" <= now()) AS due`);
    databaseUp = true;
    if (due.rows[0]?.due && serverReady) await callInternal(PUBLISH_DUE_PATH);
  } catch {
    databaseUp = false;
  }
}
setInterval(checkDatabase, 3000).unref();

// Withdrawn slugs, re-read at most every few seconds; the editor area refreshes it at once.
let withdrawn = new Set();
let withdrawnReadAt = 0;
async function refreshWithdrawn() {
  try {
    const result = await pool.query(`SELECT slug FROM "Article" WHERE status = 'WITHDRAWN'`);
    withdrawn = new Set(result.rows.map((row) => row.slug));
    withdrawnReadAt = Date.now();
  } catch {
    // Keep the last known set; the page itself still shows the notice.
  }
}
globalThis.__portalRefreshWithdrawn = refreshWithdrawn;

const BAD_ADDRESS_PAGE =
  '<!doctype html><html lang="vi"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">' +
  '<title>Địa chỉ không hợp lệ</title><body style="font-family:Arial,sans-serif;max-width:560px;margin:64px auto;padding:0 16px">' +
  '<h1>Địa chỉ không hợp lệ</h1><p>Đường dẫn có ký tự không đọc được. Vui lòng kiểm tra lại địa chỉ.</p><p><a href="/">Về trang chủ</a></p></body></html>';

/** Malformed percent-encoding (e.g. "%E0%A4%A") would make Next answer 500. */
function decodable(pathname) {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

const pageCache = createMicroCache();
globalThis.__portalPurgePageCache = pageCache.purge;

// Public renders in line, so the newsroom keeps the CPU it needs (see reader-line.mjs).
const readerLine = createReaderLine({ concurrency: Number(process.env.READER_CONCURRENCY) || 4 });

const ARTICLE_PATH = /^\/bai-viet\/([a-z0-9-]{1,120})\/?$/;

const app = next({ dev: false, dir: root, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();
watchDatabase();
await Promise.all([checkDatabase(), refreshWithdrawn()]);

// Requests wait until the start-up cache refresh below has run.
let markReady;
const ready = new Promise((resolve) => (markReady = resolve));
const REVALIDATE_PATH = '/api/internal/revalidate';
const PUBLISH_DUE_PATH = '/api/internal/publish-due';

function callInternal(pathname) {
  return fetch(`http://127.0.0.1:${port}${pathname}`, { method: 'POST', headers: { 'x-portal-internal': process.env.PORTAL_INTERNAL_SECRET } });
}

// The client's address for rate limits: the socket's, or behind a trusted reverse proxy
// (TRUST_PROXY=1) the first X-Forwarded-For entry. Whatever a client sends is replaced.
const trustProxy = process.env.TRUST_PROXY === '1';
function clientAddress(req) {
  const forwarded = trustProxy ? String(req.headers['x-forwarded-for'] ?? '').split(',')[0].trim() : '';
  return forwarded || req.socket.remoteAddress || 'unknown';
}

function refuse(res, status, text) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

/** A server-action call checked before Next sees it; the request to hand on, or null when answered. */
async function checkedAction(req, res) {
  if (foreignOrigin(req)) {
    refuse(res, 403, 'Yêu cầu không hợp lệ: gửi từ trang khác.');
    return null;
  }
  const body = await readBody(req);
  if (body === null) {
    refuse(res, 413, 'Dữ liệu gửi lên quá lớn.');
    return null;
  }
  const problem = await actionBodyProblem(body, req.headers['content-type']);
  if (problem) {
    refuse(res, 400, `Yêu cầu không hợp lệ: ${problem}.`);
    return null;
  }
  return replay(req, body);
}

const server = createServer(async (incoming, res) => {
  incoming.headers['x-portal-client-ip'] = clientAddress(incoming);
  const req = isActionRequest(incoming) ? await checkedAction(incoming, res) : incoming;
  if (!req) return;
  const pathname = (req.url ?? '/').split('?')[0];
  if (!decodable(pathname)) {
    res.writeHead(400, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(BAD_ADDRESS_PAGE);
    return;
  }
  if (pathname !== REVALIDATE_PATH && pathname !== PUBLISH_DUE_PATH) await ready;
  const cacheKey = pageCache.keyFor(req);
  if (cacheKey && pageCache.serve(cacheKey, req, res)) return;
  if (rendersPublicPage(req, pathname)) {
    const release = await readerLine.enter();
    if (!release) {
      res.setHeader('Retry-After', '5');
      refuse(res, 503, 'Hệ thống đang bận. Vui lòng thử lại sau ít phút.');
      return;
    }
    res.once('close', release);
    // A reader who left while waiting frees the turn at once.
    if (res.destroyed || req.socket.destroyed) return release();
    // Another reader may have had the page rendered while this one waited.
    if (cacheKey && pageCache.serve(cacheKey, req, res)) return;
  }
  const article = ARTICLE_PATH.exec(pathname);
  if (article && Date.now() - withdrawnReadAt > 5000) await refreshWithdrawn();
  const gone = article !== null && withdrawn.has(article[1]);

  // Captured beneath the status fix below, so the cache keeps the status actually sent.
  if (cacheKey) pageCache.capture(cacheKey, req, res);
  const writeHead = res.writeHead;
  res.writeHead = function patchedWriteHead(status, ...rest) {
    let code = status;
    if (gone && code === 200) code = 410;
    if (code >= 500 && code !== 503 && !databaseUp) {
      code = 503;
      this.setHeader('Retry-After', '30');
      this.setHeader('Cache-Control', 'no-store');
    }
    if (code === 500) void checkDatabase();
    return writeHead.call(this, code, ...rest);
  };
  try {
    await handle(req, res);
  } catch (error) {
    console.error(error);
    if (!res.headersSent) {
      res.statusCode = databaseUp ? 500 : 503;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    }
    res.end('Hệ thống tạm thời gián đoạn. Vui lòng thử lại sau.');
  }
});

server.listen(port, hostname, async () => {
  // Mark pages cached by an earlier process (or at build time) stale.
  try {
    await callInternal(PUBLISH_DUE_PATH);
    await callInternal(REVALIDATE_PATH);
  } catch (error) {
    console.error('Could not refresh caches at start:', error);
  }
  serverReady = true;
  markReady();
  console.log(`Portal ready on http://localhost:${port}`);
});

function shutdown() {
  if (closing) return;
  closing = true;
  watcher?.end().catch(() => undefined);
  server.close(() => undefined);
  server.closeAllConnections?.();
  pool.end().finally(() => process.exit(0));
  setTimeout(() => process.exit(0), 3000).unref();
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
