import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/generated/prisma/client';
import { env } from './env';

// Two pools per process, so a crowd of readers cannot take the connections a newsroom
// needs to publish: `db` serves the editor area, sign-in and every write; `readerDb`
// serves the public pages' reads. Each pool queues when full; the readers' waits are
// longer, since a reader is better served late than with an error. Kept across hot
// reloads in development.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; readerPrisma?: PrismaClient };

/** `next build` runs without a database: content comes at run time, never from the build. */
const building = process.env.NEXT_PHASE === 'phase-production-build';

// What each kind of read answers at build time: nothing.
const NOTHING: Record<string, unknown> = { findMany: [], groupBy: [], count: 0, $queryRaw: [], $queryRawUnsafe: [], $executeRaw: 0, $executeRawUnsafe: 0 };

/**
 * At build time, a client that answers every read with nothing and never connects. Pages
 * Next prerenders then are empty and never served: the page cache (src/server/page-cache.mjs)
 * starts empty in every server, which renders each page on its first visit.
 */
function buildTimeClient(): PrismaClient {
  const adapter = new PrismaPg({ connectionString: 'postgresql://build@127.0.0.1:9/none' });
  return new PrismaClient({ adapter }).$extends({
    query: { $allOperations: ({ operation }) => Promise.resolve(operation in NOTHING ? NOTHING[operation] : null) },
  }) as unknown as PrismaClient;
}

function createClient(pool: 'newsroom' | 'readers') {
  if (building) return buildTimeClient();
  const max = pool === 'newsroom' ? env().DB_POOL_NEWSROOM : env().DB_POOL_READERS;
  const connectionTimeoutMillis = pool === 'newsroom' ? 5000 : 15_000;
  const adapter = new PrismaPg({ connectionString: env().DATABASE_URL, max, connectionTimeoutMillis });
  return new PrismaClient({ adapter });
}

/** The newsroom's pool: editor area, sign-in, administration and every write. */
export const db = globalForPrisma.prisma ?? createClient('newsroom');
/** The readers' pool: public pages, feeds, sitemaps and search. Read-only use. */
export const readerDb = globalForPrisma.readerPrisma ?? createClient('readers');
if (process.env.NODE_ENV !== 'production') {
  globalForPrisma.prisma = db;
  globalForPrisma.readerPrisma = readerDb;
}
