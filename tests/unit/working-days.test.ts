import { describe, expect, it } from 'vitest';
import { computeDeadline, endOfVietnamDay, vietnamDateOf, WorkingCalendar, workingDaysLeft, type CalendarEntry } from '@/lib/consultations/working-days';

// The worked examples of TDKT_MODULES.md §(c) C2 and §F1, as the Civil Code counts them.
const at = (iso: string) => new Date(iso);
const none = new WorkingCalendar([]);
const mayDay2026: CalendarEntry[] = [
  { date: '2026-04-30', kind: 'HOLIDAY', name: 'Ngày Chiến thắng' },
  { date: '2026-05-01', kind: 'HOLIDAY', name: 'Ngày Quốc tế lao động' },
];

describe('computeDeadline', () => {
  it('posted Fri 05/06/2026, 10 working days, no holidays: closes at the end of Fri 19/06/2026', () => {
    const deadline = computeDeadline(none, at('2026-06-05T09:00:00+07:00'), 10);
    expect(deadline.closesOn).toBe('2026-06-19');
    // 24:00 Vietnam time is 17:00 UTC the same day.
    expect(deadline.closesAt.toISOString()).toBe('2026-06-19T17:00:00.000Z');
    expect(deadline.skipped).toEqual([]);
  });

  it('Thái Nguyên 2022: posted Fri 10/06/2022 closes Fri 24/06/2022', () => {
    expect(computeDeadline(none, at('2022-06-10T15:00:00+07:00'), 10).closesOn).toBe('2022-06-24');
  });

  it('with 30/4 and 1/5 off, posted Fri 24/04/2026 closes Tue 12/05/2026 and names the days it skipped', () => {
    const deadline = computeDeadline(new WorkingCalendar(mayDay2026), at('2026-04-24T10:00:00+07:00'), 10);
    expect(deadline.closesOn).toBe('2026-05-12');
    expect(deadline.skipped.map((entry) => entry.date)).toEqual(['2026-04-30', '2026-05-01']);
  });

  it('each added day off moves the close date by exactly one working day', () => {
    const base = computeDeadline(new WorkingCalendar(mayDay2026), at('2026-04-24T10:00:00+07:00'), 10).closesOn;
    const withGioTo = computeDeadline(new WorkingCalendar([...mayDay2026, { date: '2026-04-27', kind: 'COMPENSATORY_DAY_OFF' }]), at('2026-04-24T10:00:00+07:00'), 10).closesOn;
    expect(base).toBe('2026-05-12');
    expect(withGioTo).toBe('2026-05-13');
    const withTwo = computeDeadline(
      new WorkingCalendar([...mayDay2026, { date: '2026-04-27', kind: 'COMPENSATORY_DAY_OFF' }, { date: '2026-05-04', kind: 'EXTRA_DAY_OFF' }]),
      at('2026-04-24T10:00:00+07:00'),
      10,
    ).closesOn;
    expect(withTwo).toBe('2026-05-14');
  });

  it('a make-up working Saturday counts as a working day', () => {
    const calendar = new WorkingCalendar([...mayDay2026, { date: '2026-05-09', kind: 'MAKEUP_WORKDAY', name: 'Làm bù' }]);
    const deadline = computeDeadline(calendar, at('2026-04-24T10:00:00+07:00'), 10);
    expect(deadline.closesOn).toBe('2026-05-11');
    expect(deadline.madeUp.map((entry) => entry.date)).toEqual(['2026-05-09']);
  });

  it('counting the posting day ends one working day earlier', () => {
    expect(computeDeadline(none, at('2026-06-05T09:00:00+07:00'), 10, true).closesOn).toBe('2026-06-18');
  });

  it('posting at 23:30 on a Sunday counts from Monday, as posting on Sunday does', () => {
    const late = computeDeadline(none, at('2026-06-07T23:30:00+07:00'), 10);
    const early = computeDeadline(none, at('2026-06-07T08:00:00+07:00'), 10);
    expect(late.closesOn).toBe('2026-06-19');
    expect(early.closesOn).toBe(late.closesOn);
    // Counting the posting day changes nothing when that day is a Sunday.
    expect(computeDeadline(none, at('2026-06-07T23:30:00+07:00'), 10, true).closesOn).toBe('2026-06-19');
  });

  it('uses the Vietnam date whatever the moment’s UTC date is', () => {
    // 17:30 UTC on Thursday is already 00:30 Friday in Vietnam.
    expect(vietnamDateOf(at('2026-06-04T17:30:00Z'))).toBe('2026-06-05');
    expect(computeDeadline(none, at('2026-06-04T17:30:00Z'), 10).closesOn).toBe('2026-06-19');
  });

  it('refuses a window that is not a whole number of days', () => {
    expect(() => computeDeadline(none, at('2026-06-05T09:00:00+07:00'), 0)).toThrow(RangeError);
    expect(() => computeDeadline(none, at('2026-06-05T09:00:00+07:00'), 2.5)).toThrow(RangeError);
  });
});

describe('workingDaysLeft', () => {
  it('counts today while the window is open, and nothing once it has closed', () => {
    // Window to Fri 19/06/2026. On Mon 15/06 at 10:00, 15–19 are left.
    expect(workingDaysLeft(none, at('2026-06-15T10:00:00+07:00'), '2026-06-19')).toBe(5);
    // On Sat 13/06: next week's five.
    expect(workingDaysLeft(none, at('2026-06-13T10:00:00+07:00'), '2026-06-19')).toBe(5);
    expect(workingDaysLeft(none, at('2026-06-19T23:59:00+07:00'), '2026-06-19')).toBe(1);
    expect(workingDaysLeft(none, endOfVietnamDay('2026-06-19'), '2026-06-19')).toBe(0);
  });
});
