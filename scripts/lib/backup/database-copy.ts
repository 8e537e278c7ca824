// The database part of a backup: every table of the portal's schema written with COPY
// from one snapshot (REPEATABLE READ, as pg_dump takes it), with each file's checksum and
// row count, the applied migrations and every sequence's position; and the way back: the
// rows loaded into a database migrated to the same migrations, in one transaction, with
// the search triggers paused (their table is restored as it was) and the foreign keys set
// aside and checked again at the end.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';

export type TableEntry = { name: string; columns: string[]; rows: number; file: string; bytes: number; sha256: string };
export type SequenceEntry = { name: string; lastValue: string; isCalled: boolean };
export type Migration = { name: string; checksum: string };
export type DatabasePart = { serverVersion: string; migrations: Migration[]; tables: TableEntry[]; sequences: SequenceEntry[] };

export const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The schema's tables and their stored (not generated) columns. */
export async function listTables(client: pg.ClientBase): Promise<{ name: string; columns: string[] }[]> {
  const { rows } = await client.query<{ name: string; columns: string[] }>(`
    SELECT c.relname::text AS name, array_agg(a.attname::text ORDER BY a.attnum) AS columns
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
    WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
    GROUP BY c.relname
    ORDER BY c.relname`);
  return rows;
}

async function listSequences(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname::text AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema() AND c.relkind = 'S' ORDER BY c.relname`,
  );
  return rows.map((row) => row.name);
}

/** Counts and hashes what passes through. */
function meter() {
  const hash = createHash('sha256');
  let bytes = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  return { stream, result: () => ({ bytes, sha256: hash.digest('hex') }) };
}

/** Writes every table into `dir` from one snapshot; what was written, for the manifest. */
export async function dumpDatabase(client: pg.ClientBase, dir: string): Promise<DatabasePart> {
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    const serverVersion = (await client.query<{ server_version: string }>('SHOW server_version')).rows[0].server_version;
    const migrations = (
      await client.query<Migration>(
        `SELECT migration_name AS name, checksum FROM "_prisma_migrations"
         WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
      )
    ).rows;
    const tables: TableEntry[] = [];
    for (const table of await listTables(client)) {
      const file = `database/${table.name}.copy`;
      const copy = client.query(copyTo(`COPY ${quote(table.name)} (${table.columns.map(quote).join(', ')}) TO STDOUT`));
      const measured = meter();
      await pipeline(copy, measured.stream, createWriteStream(path.join(dir, file)));
      tables.push({ ...table, rows: Number(copy.rowCount), file, ...measured.result() });
    }
    const sequences: SequenceEntry[] = [];
    for (const name of await listSequences(client)) {
      const { rows } = await client.query<{ last_value: string; is_called: boolean }>(`SELECT last_value::text, is_called FROM ${quote(name)}`);
      sequences.push({ name, lastValue: rows[0].last_value, isCalled: rows[0].is_called });
    }
    return { serverVersion, migrations, tables, sequences };
  } finally {
    await client.query('COMMIT');
  }
}

/** Rows in the schema's tables other than the migrations' record: a database to restore into has none. */
/**
 * Tables the migrations themselves fill with reference data (the award taxonomy, the
 * working-day calendar): a freshly migrated database holds their rows and is still empty
 * for a restore, which replaces them with the archive's (perhaps edited) rows.
 */
export const REFERENCE_TABLES = new Set(['AwardType', 'WorkingCalendarDay']);

export async function rowsPresent(client: pg.ClientBase): Promise<{ table: string; rows: number }[]> {
  const found: { table: string; rows: number }[] = [];
  for (const table of await listTables(client)) {
    if (table.name === '_prisma_migrations' || REFERENCE_TABLES.has(table.name)) continue;
    const { rows } = await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM (SELECT 1 FROM ${quote(table.name)} LIMIT 1000) t`);
    if (Number(rows[0].n) > 0) found.push({ table: table.name, rows: Number(rows[0].n) });
  }
  return found;
}

/**
 * Loads the archive's rows (already checked against their checksums) into a database
 * migrated to the archive's migrations and holding no rows but the migrations' reference
 * data, which the archive's replaces; all in one transaction.
 */
export async function loadDatabase(client: pg.ClientBase, dir: string, part: DatabasePart): Promise<void> {
  await client.query('BEGIN');
  try {
    const present = new Map((await listTables(client)).map((table) => [table.name, new Set(table.columns)]));
    for (const table of part.tables) {
      const columns = present.get(table.name);
      const missing = columns ? table.columns.filter((column) => !columns.has(column)) : ['(the whole table)'];
      if (missing.length > 0) throw new Error(`The archive's table ${table.name} has columns this database lacks: ${missing.join(', ')}.`);
    }
    const keys = (
      await client.query<{ table: string; name: string; definition: string }>(
        `SELECT conrelid::regclass::text AS table, conname::text AS name, pg_get_constraintdef(oid) AS definition
         FROM pg_constraint WHERE contype = 'f' AND connamespace = current_schema()::regnamespace ORDER BY conname`,
      )
    ).rows;
    for (const key of keys) await client.query(`ALTER TABLE ${key.table} DROP CONSTRAINT ${quote(key.name)}`);
    for (const name of present.keys()) await client.query(`ALTER TABLE ${quote(name)} DISABLE TRIGGER USER`);
    await client.query('DELETE FROM "_prisma_migrations"');
    for (const name of REFERENCE_TABLES) if (present.has(name)) await client.query(`DELETE FROM ${quote(name)}`);
    for (const table of part.tables) {
      const copy = client.query(copyFrom(`COPY ${quote(table.name)} (${table.columns.map(quote).join(', ')}) FROM STDIN`));
      await pipeline(createReadStream(path.join(dir, table.file)), copy);
      if (Number(copy.rowCount) !== table.rows) throw new Error(`Table ${table.name}: ${copy.rowCount} rows loaded, ${table.rows} expected.`);
    }
    for (const name of present.keys()) await client.query(`ALTER TABLE ${quote(name)} ENABLE TRIGGER USER`);
    for (const key of keys) await client.query(`ALTER TABLE ${key.table} ADD CONSTRAINT ${quote(key.name)} ${key.definition}`);
    for (const sequence of part.sequences) {
      await client.query('SELECT setval($1::regclass, $2::bigint, $3)', [quote(sequence.name), sequence.lastValue, sequence.isCalled]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}
