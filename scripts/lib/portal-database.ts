// The portal's database and storage for a command-line task (backup, restore): those of
// DATABASE_URL and STORAGE_DIR, or, as `npm start` uses them, the embedded PostgreSQL
// under .data/postgres (the running one, or started for the task and stopped after) and
// .data/storage. A .env file is read as `npm start` reads it.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { embeddedUrl, runningEmbeddedPort, startEmbeddedDatabase } from './embedded-db';
import { ROOT } from './processes';

export const EMBEDDED_DATA_DIR = path.join(ROOT, '.data', 'postgres');
export const EMBEDDED_DATABASE = 'portal';

export function loadEnvFile() {
  if (existsSync(path.join(ROOT, '.env'))) process.loadEnvFile(path.join(ROOT, '.env'));
}

export function storageDir(): string {
  return path.resolve(ROOT, process.env.STORAGE_DIR || path.join('.data', 'storage'));
}

export async function portalDatabase(): Promise<{ url: string; where: string; release: () => Promise<void> }> {
  if (process.env.DATABASE_URL) {
    const where = new URL(process.env.DATABASE_URL);
    return { url: process.env.DATABASE_URL, where: `${where.host}${where.pathname}`, release: async () => undefined };
  }
  const port = runningEmbeddedPort(EMBEDDED_DATA_DIR);
  if (port) return { url: embeddedUrl(port, EMBEDDED_DATABASE), where: 'the embedded PostgreSQL of npm start (.data/postgres)', release: async () => undefined };
  const database = await startEmbeddedDatabase({ dataDir: EMBEDDED_DATA_DIR, database: EMBEDDED_DATABASE, quiet: true });
  return { url: database.url, where: 'the embedded PostgreSQL (.data/postgres), started for this task', release: database.stop };
}
