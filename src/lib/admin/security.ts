import 'server-only';
import { z } from 'zod';
import { assertCan } from '@/lib/auth/permissions';
import { endUserSessions } from '@/lib/auth/sessions';
import { clearThrottle, currentThrottles, type ThrottleRow } from '@/lib/auth/throttle';
import { db } from '@/lib/db';
import { recordAudit, type EditorContext } from '@/lib/editor/context';
import { AppError } from '@/lib/errors';
import { dbId, parseFields } from '@/lib/validation';

// Security at a glance, for administrators: who is being slowed down at sign-in (and
// clearing it), everyone's open sessions (and ending them), and the site's rules for
// two-step sign-in and for corrections of live articles.

export async function listThrottles(ctx: EditorContext): Promise<ThrottleRow[]> {
  assertCan(ctx.actor, 'security.manage');
  return currentThrottles();
}

const throttleSchema = z.object({ email: z.string().trim().toLowerCase().max(200), ip: z.string().trim().min(1, 'Thiếu địa chỉ.').max(64) });

/** Clears a pair's (email given) or a whole address's failures. Logged. */
export async function clearThrottleAs(ctx: EditorContext, input: unknown) {
  assertCan(ctx.actor, 'security.manage');
  const data = parseFields(throttleSchema, input);
  const cleared = await clearThrottle({ email: data.email || null, ip: data.ip });
  await db.$transaction((tx) => recordAudit(tx, ctx, 'auth.throttleCleared', { type: 'user', id: data.email || data.ip }, { email: data.email || null, address: data.ip, failures: cleared }));
}

/** Signs a user out everywhere. Logged. */
export async function endAllSessionsOf(ctx: EditorContext, input: unknown) {
  assertCan(ctx.actor, 'security.manage');
  const { id } = parseFields(z.object({ id: dbId }), input);
  if (!(await db.user.findUnique({ where: { id }, select: { id: true } }))) throw new AppError('not_found', 'Không tìm thấy tài khoản.');
  const ended = await endUserSessions(id, 'endedByAdmin');
  await db.$transaction((tx) => recordAudit(tx, ctx, 'auth.sessionsEnded', { type: 'user', id }, { sessions: ended }));
  return ended;
}

export type SecuritySettings = { twoFactorForApprovers: boolean; approverMayCorrectAlone: boolean };

export async function readSecuritySettings(ctx: EditorContext): Promise<SecuritySettings> {
  assertCan(ctx.actor, 'security.manage');
  const row = await db.siteSettings.findUnique({ where: { id: 1 }, select: { twoFactorForApprovers: true, approverMayCorrectAlone: true } });
  return row ?? { twoFactorForApprovers: true, approverMayCorrectAlone: false };
}

export async function saveSecuritySettings(ctx: EditorContext, input: unknown) {
  assertCan(ctx.actor, 'security.manage');
  const data = parseFields(z.object({ twoFactorForApprovers: z.boolean(), approverMayCorrectAlone: z.boolean() }), input);
  // Requiring two-step sign-in of administrators must not lock out the one requiring it.
  const own = await db.user.findUniqueOrThrow({ where: { id: ctx.actor.id }, select: { totpEnabledAt: true } });
  if (data.twoFactorForApprovers && !own.totpEnabledAt) {
    throw new AppError('bad_request', 'Vui lòng sửa các mục được đánh dấu.', { fieldErrors: { twoFactorForApprovers: ['Hãy bật xác thực hai bước cho chính tài khoản của bạn trước khi bắt buộc người khác.'] } });
  }
  await db.$transaction(async (tx) => {
    const row = await tx.siteSettings.findUnique({ where: { id: 1 }, select: { id: true } });
    if (!row) throw new AppError('bad_request', 'Vui lòng lưu phần cài đặt chung của cổng trước.');
    await tx.siteSettings.update({ where: { id: 1 }, data });
    await recordAudit(tx, ctx, 'settings.security', { type: 'settings', id: 1 }, data);
  });
}
