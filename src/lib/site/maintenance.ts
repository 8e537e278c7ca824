import 'server-only';
import { unstable_cache } from 'next/cache';
import { assertCan } from '@/lib/auth/permissions';
import { readCalendarEntries } from '@/lib/consultations/calendar';
import { WorkingCalendar } from '@/lib/consultations/working-days';
import { announceSiteWideChange } from '@/lib/content/announce';
import { SAFETY_REVALIDATE_SECONDS, TAGS } from '@/lib/content/cache-tags';
import { db, readerDb } from '@/lib/db';
import { recordAudit, type EditorContext } from '@/lib/editor/context';
import { AppError } from '@/lib/errors';
import { formatVietnamTime, parseVietnamDateTime } from '@/lib/text/dates';
import { cleanLine } from '@/lib/text/normalize';
import { earliestStop, MAX_STOP_HOURS, NOTICE_WORKING_DAYS } from './maintenance-rule';

// Planned-maintenance notices: scheduled by an administrator, shown as a banner on every
// public page from then until the expected restore time (the scheduler announces the
// pages old when a window ends, so the banner goes with it).

export type MaintenanceNotice = { id: number; startsAt: string; endsAt: string; message: string };

function fieldError(field: string, message: string): never {
  throw new AppError('bad_request', 'Chưa lưu được: vui lòng sửa các mục được đánh dấu.', { fieldErrors: { [field]: [message] } });
}

function readMoment(text: string, field: string, label: string): Date {
  const moment = parseVietnamDateTime(text);
  if (moment === null) fieldError(field, `Nhập ${label} (ví dụ: 10/12/2026 22:00).`);
  if (moment === undefined) fieldError(field, `${label[0].toUpperCase()}${label.slice(1)} không đúng dạng (ví dụ: 10/12/2026 22:00).`);
  return moment;
}

export async function scheduleMaintenance(ctx: EditorContext, fields: { startsAt: string; endsAt: string; message: string }, now = new Date()): Promise<{ id: number }> {
  assertCan(ctx.actor, 'maintenance.manage');
  const startsAt = readMoment(fields.startsAt, 'startsAt', 'thời điểm bắt đầu tạm dừng');
  const endsAt = readMoment(fields.endsAt, 'endsAt', 'thời điểm dự kiến hoạt động trở lại');
  const message = cleanLine(fields.message).slice(0, 500);
  const earliest = earliestStop(new WorkingCalendar(await readCalendarEntries(db)), now);
  if (startsAt < earliest) fieldError('startsAt', `Phải thông báo trước ít nhất ${NOTICE_WORKING_DAYS} ngày làm việc: sớm nhất từ ${formatVietnamTime(earliest)}.`);
  if (endsAt <= startsAt) fieldError('endsAt', 'Thời điểm hoạt động trở lại phải sau thời điểm bắt đầu tạm dừng.');
  if (endsAt.getTime() - startsAt.getTime() > MAX_STOP_HOURS * 3600_000) fieldError('endsAt', `Một lần tạm dừng không quá ${MAX_STOP_HOURS} giờ.`);
  return db.$transaction(async (tx) => {
    const row = await tx.maintenanceWindow.create({ data: { startsAt, endsAt, message, createdById: ctx.actor!.id }, select: { id: true } });
    await recordAudit(tx, ctx, 'maintenance.schedule', { type: 'maintenance', id: row.id }, { startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() });
    await announceSiteWideChange(tx);
    return row;
  });
}

export async function cancelMaintenance(ctx: EditorContext, id: number): Promise<void> {
  assertCan(ctx.actor, 'maintenance.manage');
  await db.$transaction(async (tx) => {
    const { count } = await tx.maintenanceWindow.updateMany({ where: { id, cancelledAt: null }, data: { cancelledAt: new Date() } });
    if (count === 0) throw new AppError('not_found', 'Lịch bảo trì này không còn.');
    await recordAudit(tx, ctx, 'maintenance.cancel', { type: 'maintenance', id });
    await announceSiteWideChange(tx);
  });
}

export async function listMaintenance(ctx: EditorContext) {
  assertCan(ctx.actor, 'maintenance.manage');
  return db.maintenanceWindow.findMany({ orderBy: { startsAt: 'desc' }, take: 20, include: { createdBy: { select: { name: true } } } });
}

async function loadNotice(): Promise<MaintenanceNotice | null> {
  const row = await readerDb.maintenanceWindow.findFirst({ where: { cancelledAt: null, endsAt: { gt: new Date() } }, orderBy: { startsAt: 'asc' } });
  return row ? { id: row.id, startsAt: row.startsAt.toISOString(), endsAt: row.endsAt.toISOString(), message: row.message } : null;
}

/** The notice every public page shows, if a stop is planned. */
export const getMaintenanceNotice = unstable_cache(loadNotice, ['maintenance-notice'], { tags: [TAGS.settings], revalidate: SAFETY_REVALIDATE_SECONDS });

let lastEnd: number | null = null;
let lastCheck = 0;

/** Once a minute: when a planned stop has ended since the last look, every page is announced old (the banner goes). */
export async function maintenanceClock(now = new Date()) {
  if (now.getTime() - lastCheck < 60_000) return;
  lastCheck = now.getTime();
  const ended = await db.maintenanceWindow.findFirst({ where: { cancelledAt: null, endsAt: { lte: now, gt: new Date(now.getTime() - 3600_000) } }, orderBy: { endsAt: 'desc' }, select: { endsAt: true } });
  const end = ended?.endsAt.getTime() ?? null;
  if (end !== null && end !== lastEnd) {
    lastEnd = end;
    await db.$transaction((tx) => announceSiteWideChange(tx));
  }
}
