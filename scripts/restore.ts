// `npm run restore ARCHIVE`: puts a backup made by `npm run backup` back, into an empty
// database (DATABASE_URL, or the embedded one of `npm start`) and an empty storage folder
// (STORAGE_DIR, or .data/storage). Every entry is checked against the archive's
// checksums before anything is touched; the database is brought to the archive's
// migrations and its rows loaded in one transaction; the stored files are put back only
// if that succeeds. `npm start` afterwards applies any newer migrations.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { openArchive, placeStorage, removeAll, storageFileCount } from './lib/backup/archive';
import { authFingerprint, currentAuthSecret } from './lib/backup/auth-fingerprint';
import { loadDatabase, rowsPresent } from './lib/backup/database-copy';
import { migrate } from './lib/migrate';
import { loadEnvFile, portalDatabase, storageDir } from './lib/portal-database';

class Refusal extends Error {}

async function appliedMigrations(client: pg.Client): Promise<string[]> {
  const table = await client.query(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS present`);
  if (!table.rows[0].present) return [];
  const { rows } = await client.query<{ name: string }>(`SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`);
  return rows.map((row) => row.name);
}

async function main() {
  loadEnvFile();
  const archive = process.argv[2];
  if (!archive) throw new Refusal('Usage: npm run restore -- ARCHIVE   (a portal-backup-….tar.gz made by npm run backup)');
  const started = performance.now();
  const storage = storageDir();
  await mkdir(path.dirname(storage), { recursive: true });
  const staging = await mkdtemp(path.join(path.dirname(storage), '.restore-'));
  let database: Awaited<ReturnType<typeof portalDatabase>> | undefined;
  try {
    console.log(`Checking ${archive}…`);
    const manifest = await openArchive(path.resolve(process.env.INIT_CWD ?? process.cwd(), archive), staging).catch((error: Error) => {
      throw new Refusal(error.message);
    });
    if ((await storageFileCount(storage)) > 0) throw new Refusal(`The storage folder ${storage} is not empty. Restore needs an empty one: move it aside or set STORAGE_DIR.`);

    database = await portalDatabase();
    const target = new pg.Client({ connectionString: database.url });
    await target.connect();
    try {
      const present = await rowsPresent(target);
      if (present.length > 0) {
        const tables = present.slice(0, 4).map((row) => row.table).join(', ');
        throw new Refusal(`${database.where} already holds data (${tables}${present.length > 4 ? ', …' : ''}). Restore needs an empty database: create a new one, or move .data/postgres aside for the embedded one.`);
      }
      const wanted = manifest.database.migrations.map((migration) => migration.name);
      const extra = (await appliedMigrations(target)).filter((name) => !wanted.includes(name));
      if (extra.length > 0) throw new Refusal(`${database.where} is migrated past the archive (${extra.join(', ')}). Restore into a new, empty database.`);
      await migrate(database.url, () => undefined, { only: wanted });
      const placed = await placeStorage(staging, manifest, storage);
      try {
        await loadDatabase(target, staging, manifest.database);
      } catch (error) {
        await removeAll(placed);
        throw error;
      }
    } finally {
      await target.end().catch(() => undefined);
    }

    const rows = manifest.database.tables.reduce((sum, table) => sum + table.rows, 0);
    console.log(`Restored the backup of ${manifest.createdAt} into ${database.where} and ${storage} in ${((performance.now() - started) / 1000).toFixed(1)} s:`);
    console.log(`  ${manifest.database.tables.length} tables, ${rows} rows; ${manifest.storage.length} files, each checked against its SHA-256`);
    if (manifest.authSecretFingerprint && manifest.authSecretFingerprint !== authFingerprint(currentAuthSecret())) {
      console.warn('  Note: this portal\'s AUTH_SECRET is not the one the backup was made with. Sign-in sessions start afresh, and');
      console.warn('  anyone using two-step sign-in needs an administrator to reset it, unless you set AUTH_SECRET to the old value.');
    }
  } finally {
    // A failed unpacking may still be finishing its writes: retry, and never hide the real error.
    await rm(staging, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }).catch(() => console.warn(`Could not remove ${staging}.`));
    await database?.release();
  }
}

main().catch((error) => {
  if (error instanceof Refusal) console.error(`Restore refused: ${error.message}`);
  else console.error(`Restore failed, nothing restored: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
});
