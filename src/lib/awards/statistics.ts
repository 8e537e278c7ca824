import 'server-only';
import { unstable_cache } from 'next/cache';
import type { AwardLevel, RecipientKind } from '@/generated/prisma/client';
import { RECIPIENT_LABELS } from '@/lib/consultations/award-rules';
import { SAFETY_REVALIDATE_SECONDS, TAGS } from '@/lib/content/cache-tags';
import { readerDb } from '@/lib/db';
import { LEVEL_LABELS } from './public-awards';
import { registerParams, type RegisterQuery } from './register-query';
import { whereOf } from './register';
import { currentUnit, type UnitRef } from './units';

// "Thống kê khen thưởng": every figure counted from the register itself, never typed: the
// listed grants (published decision, not annulled, not hidden) that match the same
// filters as the register's search. One grouped query feeds every table, so each table
// sums to the same total. A grant published by name and unit only is counted under
// "Không công bố địa bàn" in the table by commune, never under its commune.

export type StatKey = 'nam' | 'hinh-thuc' | 'cap' | 'doi-tuong' | 'xa';

export type StatTable = {
  key: StatKey;
  title: string;
  /** The first column's header, then one column per kind of recipient, then the total. */
  head: string[];
  rows: { label: string; values: number[]; total: number }[];
  total: number;
};

export type Statistics = { tables: StatTable[]; total: number; computedAt: string };

type Group = { year: number; kind: RecipientKind; award: string; awardClass: string | null; sortOrder: number; level: AwardLevel; communeCode: string | null; full: boolean; count: number };

const KINDS: RecipientKind[] = ['INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD'];
const capital = (text: string) => text.replace(/^./, (c) => c.toUpperCase());
const KIND_HEAD = KINDS.map((kind) => capital(RECIPIENT_LABELS[kind]));

export const STAT_TITLES: Record<StatKey, { title: string; first: string }> = {
  nam: { title: 'Theo năm quyết định', first: 'Năm' },
  'hinh-thuc': { title: 'Theo hình thức khen thưởng', first: 'Hình thức khen thưởng' },
  cap: { title: 'Theo cấp khen thưởng', first: 'Cấp' },
  'doi-tuong': { title: 'Theo đối tượng', first: 'Đối tượng' },
  xa: { title: 'Theo xã, phường (địa bàn hiện nay)', first: 'Xã, phường' },
};

function table(key: StatKey, groups: Group[], labelOf: (group: Group) => string, order: (a: [string, number[]], b: [string, number[]]) => number): StatTable {
  const byLabel = new Map<string, number[]>();
  for (const group of groups) {
    const label = labelOf(group);
    const values = byLabel.get(label) ?? [0, 0, 0];
    values[KINDS.indexOf(group.kind)] += group.count;
    byLabel.set(label, values);
  }
  const rows = [...byLabel.entries()].sort(order).map(([label, values]) => ({ label, values, total: values[0] + values[1] + values[2] }));
  return { key, title: STAT_TITLES[key].title, head: [STAT_TITLES[key].first, ...KIND_HEAD, 'Tổng'], rows, total: rows.reduce((sum, row) => sum + row.total, 0) };
}

const byTotal = (a: [string, number[]], b: [string, number[]]) => b[1].reduce((s, v) => s + v, 0) - a[1].reduce((s, v) => s + v, 0) || a[0].localeCompare(b[0], 'vi');

export async function computeStatistics(query: RegisterQuery, units: Map<string, UnitRef>, now = new Date()): Promise<Statistics> {
  const groups = await readerDb.$queryRaw<Group[]>`
    SELECT extract(year FROM g."issuedOn")::int AS "year", g."recipientKind"::text AS "kind", t."name" AS "award", g."awardClass", t."sortOrder",
      g."level"::text AS "level", g."communeCode", (g."publishLevel" = 'FULL') AS "full", count(*)::int AS "count"
    FROM "AwardGrant" g JOIN "AwardType" t ON t."id" = g."awardTypeId"
    WHERE ${whereOf(query, units)}
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8`;
  const awardOrder = new Map<string, number>();
  for (const group of groups) awardOrder.set(group.awardClass ? `${group.award} hạng ${group.awardClass}` : group.award, group.sortOrder * 10 + ['Nhất', 'Nhì', 'Ba', 'Tư'].indexOf(group.awardClass ?? ''));
  const levelOrder: AwardLevel[] = ['STATE', 'PROVINCIAL', 'GRASSROOTS'];
  const tables = [
    table('nam', groups, (g) => String(g.year), (a, b) => Number(b[0]) - Number(a[0])),
    table('hinh-thuc', groups, (g) => (g.awardClass ? `${g.award} hạng ${g.awardClass}` : g.award), (a, b) => (awardOrder.get(a[0]) ?? 0) - (awardOrder.get(b[0]) ?? 0)),
    table('cap', groups, (g) => LEVEL_LABELS[g.level], (a, b) => levelOrder.findIndex((l) => LEVEL_LABELS[l] === a[0]) - levelOrder.findIndex((l) => LEVEL_LABELS[l] === b[0])),
    table('doi-tuong', groups, (g) => capital(RECIPIENT_LABELS[g.kind]), (a, b) => KIND_HEAD.indexOf(a[0]) - KIND_HEAD.indexOf(b[0])),
    table(
      'xa',
      groups,
      (g) => {
        if (g.kind !== 'COLLECTIVE' && !g.full) return 'Không công bố địa bàn';
        if (!g.communeCode) return 'Không ghi địa bàn';
        return currentUnit(g.communeCode, units)?.name ?? 'Không ghi địa bàn';
      },
      (a, b) => {
        const last = (label: string) => (label.startsWith('Không ') ? 1 : 0);
        return last(a[0]) - last(b[0]) || byTotal(a, b);
      },
    ),
  ];
  return { tables, total: tables[0].total, computedAt: now.toISOString() };
}

/** One table as CSV rows (its header, its rows, the total row). */
export function statisticsCsvRows(stat: StatTable): (string | number)[][] {
  return [...stat.rows.map((row) => [row.label, ...row.values, row.total]), ['Tổng', ...[0, 1, 2].map((i) => stat.rows.reduce((sum, row) => sum + row.values[i], 0)), stat.total]];
}

/** The figures for a query, kept until the register changes (or an hour at most). */
export function getStatistics(query: RegisterQuery, units: Map<string, UnitRef>): Promise<Statistics> {
  const key = JSON.stringify(registerParams(query));
  return unstable_cache(() => computeStatistics(query, units), ['award-statistics', key], { tags: [TAGS.register], revalidate: SAFETY_REVALIDATE_SECONDS })();
}
