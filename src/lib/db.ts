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

function createClient(max: number, connectionTimeoutMillis: number) {
  const adapter = new PrismaPg({ connectionString: env().DATABASE_URL, max, connectionTimeoutMillis });
  return new PrismaClient({ adapter });
}

/** The newsroom's pool: editor area, sign-in, administration and every write. */
export const db = globalForPrisma.prisma ?? createClient(env().DB_POOL_NEWSROOM, 5000);
/** The readers' pool: public pages, feeds, sitemaps and search. Read-only use. */
export const readerDb = globalForPrisma.readerPrisma ?? createClient(env().DB_POOL_READERS, 15_000);
if (process.env.NODE_ENV !== 'production') {
  globalForPrisma.prisma = db;
  globalForPrisma.readerPrisma = readerDb;
}
