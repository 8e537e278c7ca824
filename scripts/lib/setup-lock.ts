import pg from 'pg';

// Several instances starting at once against one database: the first takes this lock and
// migrates, seeds and creates the first administrator; the others wait for it, then find
// everything done. A PostgreSQL advisory lock, held on its own connection, released when
// the work is done or the process dies.
const SETUP_LOCK_KEY = 72_610_407;

export async function underSetupLock<T>(databaseUrl: string, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'portal-setup' });
  await client.connect();
  try {
    const free = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [SETUP_LOCK_KEY]);
    if (!free.rows[0]?.locked) {
      console.log('Another instance is setting up the database; waiting for it…');
      await client.query('SELECT pg_advisory_lock($1)', [SETUP_LOCK_KEY]);
    }
    return await work();
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [SETUP_LOCK_KEY]).catch(() => undefined);
    await client.end().catch(() => undefined);
  }
}
