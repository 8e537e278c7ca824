import 'server-only';
import { unstable_cache } from 'next/cache';
import { SAFETY_REVALIDATE_SECONDS, TAGS } from '@/lib/content/cache-tags';
import { readerDb } from '@/lib/db';
import { WorkingCalendar, type CalendarEntry } from './working-days';

// The working-day calendar as the deadline arithmetic reads it: every day that differs
// from a Monday–Friday week. A few dozen rows a year, read whole.

type CalendarReader = { workingCalendarDay: Pick<typeof readerDb.workingCalendarDay, 'findMany'> };

export async function readCalendarEntries(client: CalendarReader = readerDb): Promise<CalendarEntry[]> {
  const rows = await client.workingCalendarDay.findMany({ orderBy: { date: 'asc' }, select: { date: true, kind: true, name: true } });
  return rows.map((row) => ({ date: row.date.toISOString().slice(0, 10), kind: row.kind, name: row.name }));
}

const cachedEntries = unstable_cache(() => readCalendarEntries(), ['working-calendar'], { tags: [TAGS.calendar], revalidate: SAFETY_REVALIDATE_SECONDS });

export async function getWorkingCalendar(): Promise<WorkingCalendar> {
  return new WorkingCalendar(await cachedEntries());
}
