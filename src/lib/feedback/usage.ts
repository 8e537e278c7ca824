import 'server-only';
import { assertCan } from '@/lib/auth/permissions';
import { addDays, vietnamDateOf } from '@/lib/consultations/working-days';
import { readerDb } from '@/lib/db';
import type { EditorContext } from '@/lib/editor/context';
import { PAGE_KINDS, type PageKind } from './page-kinds';

// Usage statistics as administrators read them: views per day and per kind of page over
// a period, and the most viewed pages; counted by the server (src/server/view-counter.ts).

export const USAGE_DAYS = 30;

export type UsageReport = {
  from: string;
  to: string;
  total: number;
  byDay: { day: string; views: number }[];
  byKind: { kind: PageKind; label: string; views: number }[];
  topPages: { path: string; kind: PageKind; views: number }[];
};

export async function usageReport(ctx: EditorContext, now = new Date(), days = USAGE_DAYS): Promise<UsageReport> {
  assertCan(ctx.actor, 'stats.view');
  const to = vietnamDateOf(now);
  const from = addDays(to, -(days - 1));
  const range = { gte: new Date(from), lte: new Date(to) };
  const [byDay, byKind, topPages] = await Promise.all([
    readerDb.pageView.groupBy({ by: ['day'], where: { day: range }, _sum: { views: true }, orderBy: { day: 'asc' } }),
    readerDb.pageView.groupBy({ by: ['kind'], where: { day: range }, _sum: { views: true } }),
    readerDb.pageView.groupBy({ by: ['path', 'kind'], where: { day: range }, _sum: { views: true }, orderBy: { _sum: { views: 'desc' } }, take: 50 }),
  ]);
  const counted = new Map(byDay.map((row) => [row.day.toISOString().slice(0, 10), row._sum.views ?? 0]));
  const everyDay = Array.from({ length: days }, (_, i) => addDays(from, i)).map((day) => ({ day, views: counted.get(day) ?? 0 }));
  const kinds = new Map(byKind.map((row) => [row.kind, row._sum.views ?? 0]));
  return {
    from,
    to,
    total: everyDay.reduce((sum, row) => sum + row.views, 0),
    byDay: everyDay,
    byKind: (Object.keys(PAGE_KINDS) as PageKind[]).map((kind) => ({ kind, label: PAGE_KINDS[kind], views: kinds.get(kind) ?? 0 })).sort((a, b) => b.views - a.views),
    topPages: topPages.map((row) => ({ path: row.path, kind: row.kind as PageKind, views: row._sum.views ?? 0 })),
  };
}

/** Every counted row of the period, for the CSV: day, address, kind, views. */
export async function usageRows(ctx: EditorContext, now = new Date(), days = 366): Promise<string[][]> {
  assertCan(ctx.actor, 'stats.view');
  const to = vietnamDateOf(now);
  const rows = await readerDb.pageView.findMany({ where: { day: { gte: new Date(addDays(to, -(days - 1))), lte: new Date(to) } }, orderBy: [{ day: 'asc' }, { views: 'desc' }, { path: 'asc' }], take: 200_000 });
  return rows.map((row) => [row.day.toISOString().slice(0, 10), row.path, PAGE_KINDS[row.kind as PageKind] ?? row.kind, String(row.views)]);
}
