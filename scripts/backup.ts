// `npm run backup`: a consistent, timestamped archive of the database and the stored
// files, e.g. backups/portal-backup-20261129-021500.tar.gz (Vietnam time).
//   npm run backup -- --out /var/backups/portal --keep 14
// --out (or BACKUP_DIR) is where archives go; --keep N (or BACKUP_KEEP) then deletes all
// but the newest N archives there. The database is read from one snapshot; stored files
// are written before the rows that name them and never changed, so every file the
// snapshot refers to is in the archive. See README, "Backup and restore".
import { mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { stageStorage, writeArchive, ARCHIVE_FORMAT, type Manifest } from './lib/backup/archive';
import { authFingerprint, currentAuthSecret } from './lib/backup/auth-fingerprint';
import { dumpDatabase } from './lib/backup/database-copy';
import { loadEnvFile, portalDatabase, storageDir } from './lib/portal-database';
import { ROOT } from './lib/processes';

const ARCHIVE_NAME = /^portal-backup-\d{8}-\d{6}(?:-\d+)?\.tar\.gz$/;

function stamp(date: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}${parts.month}${parts.day}-${parts.hour}${parts.minute}${parts.second}`;
}

async function freeName(dir: string, date: Date): Promise<string> {
  const taken = new Set(await readdir(dir).catch(() => [] as string[]));
  for (let n = 1; ; n += 1) {
    const name = `portal-backup-${stamp(date)}${n > 1 ? `-${n}` : ''}.tar.gz`;
    if (!taken.has(name) && !taken.has(`${name}.partial`)) return path.join(dir, name);
  }
}

/** Deletes all but the newest `keep` archives in `dir`; the names deleted. */
async function prune(dir: string, keep: number): Promise<string[]> {
  const archives = (await readdir(dir)).filter((name) => ARCHIVE_NAME.test(name)).sort().reverse();
  const old = archives.slice(keep);
  for (const name of old) await rm(path.join(dir, name));
  return old;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function main() {
  loadEnvFile();
  const { values } = parseArgs({ options: { out: { type: 'string' }, keep: { type: 'string' } } });
  const outDir = path.resolve(process.env.INIT_CWD ?? ROOT, values.out ?? process.env.BACKUP_DIR ?? path.join(ROOT, 'backups'));
  const keepText = values.keep ?? process.env.BACKUP_KEEP;
  const keep = keepText === undefined ? null : Number(keepText);
  if (keep !== null && !(Number.isInteger(keep) && keep >= 1)) throw new Error(`--keep must be a whole number of archives, 1 or more (got "${keepText}").`);

  if (process.env.S3_BUCKET) {
    // The archive would hold the database and an empty local folder: a backup that cannot restore the photos.
    throw new Error(
      `Photos and files are in the bucket "${process.env.S3_BUCKET}" (S3_BUCKET), not in a local folder. Back the bucket up with its provider's tools (versioning or replication) and the database with pg_dump; npm run backup covers the embedded set-up (database and local storage).`,
    );
  }
  const started = performance.now();
  const createdAt = new Date();
  const database = await portalDatabase();
  const client = new pg.Client({ connectionString: database.url });
  await mkdir(outDir, { recursive: true });
  const staging = await mkdtemp(path.join(outDir, '.staging-'));
  try {
    await client.connect();
    console.log(`Backing up the database (${database.where}) and the stored files (${storageDir()})…`);
    await mkdir(path.join(staging, 'database'));
    const part = await dumpDatabase(client, staging);
    const storage = await stageStorage(storageDir(), staging);
    const manifest: Manifest = {
      format: ARCHIVE_FORMAT,
      version: 1,
      createdAt: createdAt.toISOString(),
      authSecretFingerprint: authFingerprint(currentAuthSecret()),
      database: part,
      storage,
    };
    const archive = await freeName(outDir, createdAt);
    await writeArchive(staging, manifest, archive);
    const rows = part.tables.reduce((sum, table) => sum + table.rows, 0);
    const stored = storage.reduce((sum, file) => sum + file.bytes, 0);
    console.log(`Wrote ${archive} (${megabytes((await stat(archive)).size)}) in ${((performance.now() - started) / 1000).toFixed(1)} s:`);
    console.log(`  database: ${part.tables.length} tables, ${rows} rows, ${part.migrations.length} migrations (PostgreSQL ${part.serverVersion})`);
    console.log(`  storage:  ${storage.length} files, ${megabytes(stored)}, each with its SHA-256`);
    if (keep !== null) {
      const removed = await prune(outDir, keep);
      console.log(`  kept the newest ${keep} archive(s)${removed.length ? `; deleted ${removed.join(', ')}` : ''}`);
    }
  } finally {
    await rm(staging, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }).catch(() => console.warn(`Could not remove ${staging}.`));
    await client.end().catch(() => undefined);
    await database.release();
  }
}

main().catch((error) => {
  console.error(`Backup failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
});
