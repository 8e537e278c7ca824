import 'server-only';
import { z } from 'zod';
import { assertCan } from '@/lib/auth/permissions';
import { announceTags } from '@/lib/content/announce';
import { TAGS } from '@/lib/content/cache-tags';
import { db } from '@/lib/db';
import { recordAudit, type EditorContext } from '@/lib/editor/context';
import { AppError } from '@/lib/errors';
import { parseVietnamDateTime } from '@/lib/text/dates';
import { cleanLine } from '@/lib/text/normalize';
import { readCalendarEntries } from './calendar';
import { issuesByField } from './consultation-input';
import { computeDeadline, vietnamDateOf, WorkingCalendar } from './working-days';

// The working-day calendar, kept by administrators with the document behind each day.
// A change never moves a published deadline (closesOn is frozen at approval); the live
// consultations whose deadline the new calendar would have put elsewhere are flagged so
// the newsroom can decide whether to extend.

const daySchema = z.object({
  date: z.string().transform((value, ctx) => {
    const parsed = parseVietnamDateTime(value);
    if (!parsed) {
      ctx.addIssue({ code: 'custom', message: 'Ngày không đúng dạng (ví dụ: 30/04/2027).' });
      return z.NEVER;
    }
    return vietnamDateOf(parsed);
  }),
  kind: z.enum(['HOLIDAY', 'COMPENSATORY_DAY_OFF', 'EXTRA_DAY_OFF', 'MAKEUP_WORKDAY'], { error: 'Chọn loại ngày.' }),
  name: z.string().transform(cleanLine).pipe(z.string().min(1, 'Vui lòng ghi tên ngày (ví dụ: Ngày Chiến thắng).').max(200, 'Tối đa 200 ký tự.')),
  source: z.string().transform(cleanLine).pipe(z.string().min(1, 'Vui lòng ghi văn bản quy định ngày này.').max(500, 'Tối đa 500 ký tự.')),
  provisional: z.boolean(),
});

export const CALENDAR_KIND_LABELS = {
  HOLIDAY: 'Ngày lễ, Tết',
  COMPENSATORY_DAY_OFF: 'Nghỉ bù',
  EXTRA_DAY_OFF: 'Nghỉ thêm (hoán đổi)',
  MAKEUP_WORKDAY: 'Làm bù (thứ Bảy đi làm)',
} as const;

/** Live consultations whose frozen deadline differs from what the calendar now gives. */
async function flagAffected(tx: Parameters<Parameters<typeof db.$transaction>[0]>[0], now: Date): Promise<string[]> {
  const calendar = new WorkingCalendar(await readCalendarEntries(tx));
  const live = await tx.consultation.findMany({ where: { status: { in: ['SCHEDULED', 'OPEN'] }, extendedReason: null }, select: { id: true, slug: true, opensAt: true, workingDays: true, countPostingDay: true, closesOn: true } });
  const flagged: string[] = [];
  for (const row of live) {
    if (!row.opensAt || !row.closesOn) continue;
    if (computeDeadline(calendar, row.opensAt, row.workingDays, row.countPostingDay).closesOn !== row.closesOn.toISOString().slice(0, 10)) {
      await tx.consultation.update({ where: { id: row.id }, data: { calendarFlaggedAt: now } });
      flagged.push(row.slug);
    }
  }
  return flagged;
}

export async function saveCalendarDay(ctx: EditorContext, fields: Record<string, unknown>, now = new Date()): Promise<{ date: string; flagged: string[] }> {
  assertCan(ctx.actor, 'calendar.manage');
  const parsed = daySchema.safeParse(fields);
  if (!parsed.success) throw new AppError('bad_request', 'Chưa lưu được: vui lòng sửa các mục được đánh dấu.', { fieldErrors: issuesByField(parsed.error.issues) });
  const day = parsed.data;
  return db.$transaction(async (tx) => {
    await tx.workingCalendarDay.upsert({
      where: { date: new Date(day.date) },
      create: { date: new Date(day.date), kind: day.kind, name: day.name, source: day.source, provisional: day.provisional, createdById: ctx.actor!.id },
      update: { kind: day.kind, name: day.name, source: day.source, provisional: day.provisional },
    });
    const flagged = await flagAffected(tx, now);
    await recordAudit(tx, ctx, 'calendar.save', { type: 'calendar', id: day.date }, { ...day, flagged });
    await announceTags(tx, [TAGS.calendar, TAGS.consultations]);
    return { date: day.date, flagged };
  });
}

export async function deleteCalendarDay(ctx: EditorContext, date: string, now = new Date()): Promise<{ flagged: string[] }> {
  assertCan(ctx.actor, 'calendar.manage');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new AppError('bad_request', 'Ngày không hợp lệ.');
  return db.$transaction(async (tx) => {
    const { count } = await tx.workingCalendarDay.deleteMany({ where: { date: new Date(date) } });
    if (count === 0) throw new AppError('not_found', 'Ngày này không có trong lịch.');
    const flagged = await flagAffected(tx, now);
    await recordAudit(tx, ctx, 'calendar.delete', { type: 'calendar', id: date }, { flagged });
    await announceTags(tx, [TAGS.calendar, TAGS.consultations]);
    return { flagged };
  });
}
