// Working days and consultation deadlines, as the Civil Code counts them (Bộ luật Dân sự
// 2015, Arts. 147–148): the posting day is not counted, the period ends at 24:00 of its
// last day, and a last day that is a day off rolls to the next working day (counting only
// working days does that by itself). Which days are off is data, not code: weekends, plus
// the calendar entries an administrator keeps (holidays, compensatory days off, extra
// days off, make-up working Saturdays). Dates are Vietnam calendar dates, "YYYY-MM-DD".

export type CalendarKind = 'HOLIDAY' | 'COMPENSATORY_DAY_OFF' | 'EXTRA_DAY_OFF' | 'MAKEUP_WORKDAY';
export type CalendarEntry = { date: string; kind: CalendarKind; name?: string };

const OFFSET_MS = 7 * 3600_000;
const DAY_MS = 24 * 3600_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The Vietnam calendar date of a moment, "YYYY-MM-DD". */
export function vietnamDateOf(moment: Date): string {
  return new Date(moment.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** The date `days` after `date` (negative goes back). */
export function addDays(date: string, days: number): string {
  return new Date(toUtcMidnight(date) + days * DAY_MS).toISOString().slice(0, 10);
}

function toUtcMidnight(date: string): number {
  const match = DATE.exec(date);
  if (!match) throw new RangeError(`Not a date: ${date}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: string): number {
  return new Date(toUtcMidnight(date)).getUTCDay();
}

/** The moment a day ends in Vietnam: 24:00 of `date`, i.e. 00:00 of the next day, +07:00. */
export function endOfVietnamDay(date: string): Date {
  return new Date(toUtcMidnight(date) + DAY_MS - OFFSET_MS);
}

/** "19/06/2026" */
export function formatCalendarDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

/** "30/4": how a skipped day is named in a sentence. */
export function formatShortDate(date: string): string {
  const [, month, day] = date.split('-');
  return `${Number(day)}/${Number(month)}`;
}

export class WorkingCalendar {
  private readonly byDate: Map<string, CalendarEntry>;

  constructor(entries: readonly CalendarEntry[]) {
    this.byDate = new Map(entries.map((entry) => [entry.date, entry]));
  }

  entryOn(date: string): CalendarEntry | undefined {
    return this.byDate.get(date);
  }

  /** Monday to Friday unless the calendar takes the day off; a make-up Saturday (or any day so marked) works. */
  isWorkingDay(date: string): boolean {
    const entry = this.byDate.get(date);
    if (entry?.kind === 'MAKEUP_WORKDAY') return true;
    if (entry) return false;
    const weekday = weekdayOf(date);
    return weekday !== 0 && weekday !== 6;
  }
}

export type Deadline = {
  /** The last day of the window; it ends at 24:00 Vietnam time. */
  closesOn: string;
  closesAt: Date;
  /** Weekdays inside the window that were not counted, with why (holidays, days off). */
  skipped: CalendarEntry[];
  /** Days off in the calendar that were counted as working days (make-up Saturdays). */
  madeUp: CalendarEntry[];
};

/**
 * The earliest lawful end of a window of `workingDays` working days opening at `opensAt`.
 * The posting day is not counted unless `countPostingDay` (and then only if it is a
 * working day), so a window opened at 23:30 on a Sunday starts counting on Monday.
 */
export function computeDeadline(calendar: WorkingCalendar, opensAt: Date, workingDays: number, countPostingDay = false): Deadline {
  if (!Number.isInteger(workingDays) || workingDays < 1 || workingDays > 366) throw new RangeError('workingDays must be 1–366');
  const postedOn = vietnamDateOf(opensAt);
  const skipped: CalendarEntry[] = [];
  const madeUp: CalendarEntry[] = [];
  let counted = countPostingDay && calendar.isWorkingDay(postedOn) ? 1 : 0;
  let day = postedOn;
  while (counted < workingDays) {
    day = addDays(day, 1);
    const entry = calendar.entryOn(day);
    if (calendar.isWorkingDay(day)) {
      counted += 1;
      if (entry) madeUp.push(entry);
    } else if (entry && weekdayOf(day) !== 0 && weekdayOf(day) !== 6) {
      skipped.push(entry);
    }
  }
  return { closesOn: day, closesAt: endOfVietnamDay(day), skipped, madeUp };
}

/**
 * Working days left for a reader at `now`: today counts while the window is open and today
 * is a working day; 0 once closed.
 */
export function workingDaysLeft(calendar: WorkingCalendar, now: Date, closesOn: string): number {
  if (now.getTime() >= endOfVietnamDay(closesOn).getTime()) return 0;
  let day = vietnamDateOf(now);
  let left = 0;
  while (day <= closesOn) {
    if (calendar.isWorkingDay(day)) left += 1;
    day = addDays(day, 1);
  }
  return left;
}
