import { readFileSync } from 'node:fs';
import path from 'node:path';

// A small reader of prisma/schema.prisma: enough of the data model (tables, columns,
// nullability, types, enums) to compare with a live database.

export type ModelColumn = { name: string; type: string; nullable: boolean; list: boolean };
export type DataModel = { tables: Map<string, ModelColumn[]>; enums: Map<string, string[]> };

const SCALAR_SQL: Record<string, string> = {
  String: 'text',
  Int: 'integer',
  Boolean: 'boolean',
  DateTime: 'timestamp without time zone',
  Json: 'jsonb',
  Float: 'double precision',
  BigInt: 'bigint',
  Decimal: 'numeric',
  Bytes: 'bytea',
};

export function readDataModel(file = path.resolve(import.meta.dirname, '..', '..', 'prisma', 'schema.prisma')): DataModel {
  const source = readFileSync(file, 'utf8').replace(/\/\/.*$/gm, '');
  const enums = new Map<string, string[]>();
  for (const [, name, body] of source.matchAll(/enum\s+(\w+)\s*\{([^}]*)\}/g)) {
    enums.set(name, body.split('\n').map((line) => line.trim()).filter(Boolean));
  }
  const blocks = [...source.matchAll(/model\s+(\w+)\s*\{([\s\S]*?)\n\}/g)];
  const modelNames = new Set(blocks.map((block) => block[1]));
  const tables = new Map<string, ModelColumn[]>();
  for (const [, model, body] of blocks) {
    const table = /@@map\("([^"]+)"\)/.exec(body)?.[1] ?? model;
    const columns: ModelColumn[] = [];
    for (const line of body.split('\n').map((l) => l.trim())) {
      const field = /^(\w+)\s+(\w+)(\[\])?(\?)?(.*)$/.exec(line);
      if (!field || line.startsWith('@@')) continue;
      const [, name, type, list, optional, attributes] = field;
      if (modelNames.has(type)) continue; // relation field, no column
      const column = /@map\("([^"]+)"\)/.exec(attributes)?.[1] ?? name;
      const native = /@db\.(\w+)/.exec(attributes)?.[1];
      const unsupportedMatch = type === 'Unsupported' ? /^\("([^"]+)"\)(\?)?/.exec(attributes.trim()) : null;
      const unsupported = unsupportedMatch?.[1];
      const sqlType = unsupported
        ? unsupported
        : enums.has(type)
        ? 'USER-DEFINED'
        : native === 'Timestamptz'
          ? 'timestamp with time zone'
          : native === 'Date'
          ? 'date'
          : (SCALAR_SQL[type] ?? type);
      columns.push({ name: column, type: sqlType, nullable: Boolean(optional || unsupportedMatch?.[2]), list: Boolean(list) });
    }
    tables.set(table, columns);
  }
  return { tables, enums };
}
