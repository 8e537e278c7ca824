// The addresses of withdrawn articles, which the edge answers with 410 Gone. Read with
// the content's own rule (src/lib/content/public-rule.ts) at start, after every
// announced change and after a reconnect; a failed read keeps the last list.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/generated/prisma/client';
import { withdrawnArticleWhere } from '@/lib/content/public-rule';

export type WithdrawnList = {
  has(slug: string): boolean;
  /** Re-reads the list; resolves when done (or failed). */
  refresh(): Promise<void>;
  close(): Promise<void>;
};

export function withdrawnList(connectionString: string): WithdrawnList {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 1, connectionTimeoutMillis: 1500, idleTimeoutMillis: 10_000 }) });
  let slugs = new Set<string>();
  let running: Promise<void> | null = null;
  let again = false;

  async function read() {
    try {
      const rows = await client.article.findMany({ where: withdrawnArticleWhere(), select: { slug: true } });
      slugs = new Set(rows.map((row) => row.slug));
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

  return { has: (slug) => slugs.has(slug), refresh, close: () => client.$disconnect() };
}
