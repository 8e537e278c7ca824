import { afterAll, describe, expect, it } from 'vitest';
import { readDataModel } from '../support/prisma-schema';
import { testClient } from '../support/database';

// The SQL migrations are written by hand (Prisma Migrate's engine cannot be downloaded
// here): this test keeps them and prisma/schema.prisma describing the same database.
const client = testClient();
afterAll(() => client.$disconnect());

describe('migrations applied from empty match the Prisma schema', () => {
  const model = readDataModel();

  it('has exactly the tables of the data model', async () => {
    const rows = await client.$queryRaw<{ table_name: string }[]>`
      SELECT table_name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`;
    expect(rows.map((r) => r.table_name).sort()).toEqual([...model.tables.keys()].sort());
  });

  it('has every column with its type and nullability, and no others', async () => {
    const rows = await client.$queryRaw<{ table_name: string; column_name: string; data_type: string; is_nullable: string }[]>`
      SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`;
    const live = new Map<string, string[]>();
    for (const row of rows) {
      const list = live.get(row.table_name) ?? [];
      list.push(`${row.column_name}:${row.data_type}:${row.is_nullable === 'YES' ? 'null' : 'not null'}`);
      live.set(row.table_name, list);
    }
    for (const [table, columns] of model.tables) {
      const expected = columns.map((c) => `${c.name}:${c.list ? 'ARRAY' : c.type}:${c.nullable ? 'null' : 'not null'}`);
      expect((live.get(table) ?? []).sort(), table).toEqual(expected.sort());
    }
  });

  it('has the enums with the same values in the same order', async () => {
    const rows = await client.$queryRaw<{ name: string; value: string }[]>`
      SELECT t.typname AS name, e.enumlabel AS value FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
      ORDER BY t.typname, e.enumsortorder`;
    const live = new Map<string, string[]>();
    for (const row of rows) live.set(row.name, [...(live.get(row.name) ?? []), row.value]);
    expect(Object.fromEntries(live)).toEqual(Object.fromEntries(model.enums));
  });

  it('records every migration the way Prisma does', async () => {
    const rows = await client.$queryRaw<{ migration_name: string; checksum: string; finished_at: Date | null }[]>`
      SELECT migration_name, checksum, finished_at FROM "_prisma_migrations"`;
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.checksum).toMatch(/^[a-f0-9]{64}$/);
      expect(row.finished_at).not.toBeNull();
    }
  });
});
