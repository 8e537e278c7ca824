import { computeDeadline, endOfVietnamDay, type WorkingCalendar } from '@/lib/consultations/working-days';

// A planned stop of the portal is announced at least 7 working days ahead (ND 224/2026
// Art. 13(1)(a)), counted on the same working-day calendar as consultations: the stop may
// begin no earlier than the end of the 7th working day after the day it is announced.

export const NOTICE_WORKING_DAYS = 7;
/** A planned stop longer than this is not maintenance: it needs a decision of its own. */
export const MAX_STOP_HOURS = 72;

/** The earliest moment a stop announced at `now` may begin. */
export function earliestStop(calendar: WorkingCalendar, now: Date): Date {
  return endOfVietnamDay(computeDeadline(calendar, now, NOTICE_WORKING_DAYS).closesOn);
}
