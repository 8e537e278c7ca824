// Usage statistics, counted as pages are served: a view is a public HTML page answered
// 200 to a browser (not a crawler or a script). Counts add up in memory, per Vietnam day
// and address, and go to PostgreSQL in one statement every few seconds, so a cached page
// costs a map increment and nothing more. No cookie, no address, nothing per person.
import type { IncomingMessage, ServerResponse } from 'node:http';
import pg from 'pg';
import { pageKindOf } from '@/lib/feedback/page-kinds';

const MACHINES = /bot|crawl|spider|slurp|facebookexternalhit|preview|monitor|curl|wget|python|go-http|java\/|okhttp|axios|node-fetch|autocannon|lighthouse/i;
/** Addresses kept between two writes; past it (a storm of distinct pages) the rest wait for the next write. */
const MAX_KEYS = 20_000;
const MAX_PATH = 300;

export type ViewCounter = {
  /** Call for every request; counts it when its response turns out to be a page view. */
  observe(req: IncomingMessage, res: ServerResponse, pathname: string): void;
  flush(): Promise<void>;
  close(): Promise<void>;
};

const vietnamDay = (now: Date) => new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);

export function isCountedView(req: IncomingMessage, res: ServerResponse, pathname: string): boolean {
  if (req.method !== 'GET' || res.statusCode !== 200 || req.headers.rsc || req.headers['next-action']) return false;
  // A browser asking for a page (not a feed, a file or a picture, whose addresses have an extension).
  if (!String(req.headers.accept ?? '').includes('text/html') || /\.[a-z0-9]{2,5}$/i.test(pathname)) return false;
  if (/^\/(?:quan-tri|dang-nhap|api|anh|tep-dinh-kem|_next)(?:\/|$)/.test(pathname) || pathname.length > MAX_PATH) return false;
  return !MACHINES.test(String(req.headers['user-agent'] ?? 'script'));
}

export function createViewCounter(connectionString: string, { intervalMs = 5000 } = {}): ViewCounter {
  const pool = new pg.Pool({ connectionString, max: 1, connectionTimeoutMillis: 1500, idleTimeoutMillis: 10_000, application_name: 'portal-view-counter' });
  pool.on('error', () => undefined);
  let counts = new Map<string, number>();
  let writing: Promise<void> | null = null;

  async function flush() {
    if (writing) return writing;
    if (counts.size === 0) return;
    const batch = counts;
    counts = new Map();
    const rows = [...batch].map(([key, views]) => [...key.split('\n'), views] as [string, string, number]);
    writing = pool
      .query(
        `INSERT INTO "PageView" ("day", "path", "kind", "views")
         SELECT d::date, p, k, v FROM unnest($1::text[], $2::text[], $3::text[], $4::int[]) AS t(d, p, k, v)
         ON CONFLICT ("day", "path") DO UPDATE SET "views" = "PageView"."views" + EXCLUDED."views"`,
        [rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => pageKindOf(r[1])), rows.map((r) => r[2])],
      )
      .then(() => undefined)
      .catch(() => {
        // The database is away: the counts go back, to be written next time.
        for (const [key, views] of batch) counts.set(key, (counts.get(key) ?? 0) + views);
      })
      .finally(() => {
        writing = null;
      });
    return writing;
  }

  const timer = setInterval(() => void flush(), intervalMs);
  timer.unref();

  return {
    observe(req, res, pathname) {
      res.once('finish', () => {
        if (!isCountedView(req, res, pathname)) return;
        const key = `${vietnamDay(new Date())}\n${pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname}`;
        if (!counts.has(key) && counts.size >= MAX_KEYS) return;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      });
    },
    flush,
    async close() {
      clearInterval(timer);
      await flush();
      await pool.end();
    },
  };
}
