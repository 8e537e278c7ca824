// The addresses of withdrawn articles, which the edge answers with 410 Gone. Read by the
// content's own status (src/lib/content/public-rule.ts) at start, after every announced
// change and after a reconnect; a failed read keeps the last list. Plain pg, one
// connection at most: a Prisma client here would cost the process some 70 MB.
import pg from 'pg';
import { WITHDRAWN_STATUS } from '@/lib/content/withdrawn-status';

export type WithdrawnList = {
  has(slug: string): boolean;
  /** Re-reads the list; resolves when done (or failed). */
  refresh(): Promise<void>;
  close(): Promise<void>;
};

export function withdrawnList(connectionString: string): WithdrawnList {
  const pool = new pg.Pool({ connectionString, max: 1, connectionTimeoutMillis: 1500, idleTimeoutMillis: 10_000, application_name: 'portal-withdrawn-list' });
  pool.on('error', () => undefined);
  let slugs = new Set<string>();
  let running: Promise<void> | null = null;
  let again = false;

  async function read() {
    try {
      const result = await pool.query<{ slug: string }>('SELECT slug FROM "Article" WHERE status = $1', [WITHDRAWN_STATUS]);
      slugs = new Set(result.rows.map((row) => row.slug));
    } catch {
      // Keep the last list; the page itself still shows the notice.
    }
  }

  /** One read at a time; a change during a read is followed by one more read. */
  function refresh(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await read();
      } while (again);
      running = null;
    })();
    return running;
  }

  return { has: (slug) => slugs.has(slug), refresh, close: () => pool.end() };
}
