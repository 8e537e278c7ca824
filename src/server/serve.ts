// The portal's server: Next.js behind the edge (edge.ts), with the change listener that
// keeps this instance's caches current whichever instance made a change. Used by
// `npm start`, `npm run dev` (PORTAL_DEV=1) and the tests. The build bundles it into
// `.next/portal-server/serve.mjs` (scripts/lib/server-bundle.ts), which production runs
// with plain node (`npm run serve`); development runs this file through tsx.
import { readFileSync, writeFileSync } from 'node:fs';
import { getHeapSpaceStatistics } from 'node:v8';
import { createServer } from 'node:http';
import path from 'node:path';
import next from 'next';
import { createEdge } from './edge';
import { clientAddressOf, trustedProxiesFromEnv } from './client-address';
import { listenForChanges } from './change-listener';
import { createMicroCache } from './micro-cache.mjs';
import { expireEverything, expireTags, pageCacheStats } from './page-cache.mjs';
import { createReaderLine } from './reader-line.mjs';
import { createViewCounter } from './view-counter';
import { withdrawnList } from './withdrawn';

// Two levels up from src/server, and from the bundle in <distDir>/portal-server.
const root = path.resolve(import.meta.dirname, '..', '..');
const dev = process.env.PORTAL_DEV === '1';
const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOST || '0.0.0.0';
const connectionString = process.env.DATABASE_URL;
if (!connectionString) {
  console.error('DATABASE_URL is not set. Use `npm start` for a local database.');
  process.exit(2);
}
process.env.NEXT_TELEMETRY_DISABLED = '1';

// In development pages change with the code; only production keeps whole responses.
const microCache = dev ? null : createMicroCache();
// Public renders in line, so the newsroom keeps the CPU it needs (see reader-line.mjs).
const readerLine = dev ? null : createReaderLine({ concurrency: Number(process.env.READER_CONCURRENCY) || 4 });
const withdrawn = withdrawnList(connectionString);
const views = createViewCounter(connectionString);

// A change announced by any instance, this one included: Next's cached pages and data
// with one of its tags (page-cache.mjs) and the whole-response cache go at once; the
// withdrawn list is re-read, and responses kept meanwhile are dropped again after it.
const listener = listenForChanges({
  connectionString,
  onNotice(notice) {
    if ('everything' in notice) expireEverything();
    else expireTags(notice.tags);
    microCache?.purge();
    void withdrawn.refresh().then(() => microCache?.purge());
  },
});

// In production the configuration is the one the build wrote down, handed over as Next's
// own standalone server does: loading next.config.ts again would bring in a TypeScript
// compiler (some 26 MB of memory) just to read it.
if (!dev) {
  const built = JSON.parse(readFileSync(path.join(root, process.env.NEXT_DIST_DIR || '.next', 'required-server-files.json'), 'utf8'));
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(built.config);
}
const app = next({ dev, dir: root, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();
// This instance starts with empty caches, so its start announces nothing to the others.
await Promise.all([listener.ready, withdrawn.refresh()]);

const trustedProxies = trustedProxiesFromEnv();
const edge = createEdge({
  handle: (req, res) => handle(req, res),
  clientAddress: (req) => clientAddressOf(req, trustedProxies),
  isWithdrawn: (slug) => withdrawn.has(slug),
  // The listening connection is the health check: down the moment PostgreSQL drops it.
  databaseUp: () => listener.connected,
  microCache,
  readerLine,
  // In development, pages keep their scripts (fast refresh).
  plainReaderPages: !dev,
  observeView: views.observe,
});

const server = createServer((req, res) => void edge(req, res));
server.listen(port, hostname, () => {
  console.log(`Portal ready on http://localhost:${port}`);
});

let closing = false;
function shutdown() {
  if (closing) return;
  closing = true;
  server.close(() => undefined);
  server.closeAllConnections?.();
  Promise.allSettled([listener.close(), withdrawn.close(), views.close(), app.close()]).finally(() => process.exit(0));
  setTimeout(() => process.exit(0), 3000).unref();
}
// `npm run bench` asks where the memory is: SIGUSR2 writes it to MEMORY_REPORT_FILE.
const reportFile = process.env.MEMORY_REPORT_FILE;
if (reportFile) {
  process.on('SIGUSR2', () => {
    const spaces = Object.fromEntries(getHeapSpaceStatistics().map((s) => [s.space_name, s.space_used_size]));
    writeFileSync(reportFile, JSON.stringify({ ...process.memoryUsage(), spaces, pageCache: pageCacheStats(), microCache: microCache?.stats() }));
  });
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
