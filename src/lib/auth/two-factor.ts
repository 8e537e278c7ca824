import 'server-only';
import { createHash, randomInt } from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';
import { z } from 'zod';
import type { Role } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { recordAudit, type EditorContext } from '@/lib/editor/context';
import { AppError } from '@/lib/errors';
import { parseFields } from '@/lib/validation';
import { verifyPassword } from './password';
import { assertCan } from './permissions';
import { open, seal } from './secret-box';
import { endUserSessions } from './sessions';

// Two-step sign-in: a code from an authenticator app (TOTP, RFC 6238), or one of ten
// one-time recovery codes. Required of approvers and administrators while the site setting
// says so; optional for everyone else. A code is never accepted twice.

const RECOVERY_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const hashCode = (code: string) => createHash('sha256').update(code.replace(/[\s-]/g, '').toUpperCase()).digest('hex');

/** Whether the role must use two-step sign-in under the site's setting. */
export function twoFactorRequired(role: Role, settingOn: boolean): boolean {
  return settingOn && (role === 'APPROVER' || role === 'ADMIN');
}

export async function twoFactorSettingOn(): Promise<boolean> {
  return (await db.siteSettings.findUnique({ where: { id: 1 }, select: { twoFactorForApprovers: true } }))?.twoFactorForApprovers ?? true;
}

function newRecoveryCodes(): string[] {
  return Array.from({ length: 10 }, () => {
    const chars = Array.from({ length: 8 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join('');
    return `${chars.slice(0, 4)}-${chars.slice(4)}`;
  });
}

type SecondFactorUser = { id: number; totpSecret: string | null; totpEnabledAt: Date | null; totpLastStep: number | null; recoveryCodes: string[] };

/**
 * Checks a code typed at sign-in: an authenticator code (one step of clock drift either
 * way, never one already used) or an unused recovery code, which is then used up.
 */
export async function checkSecondFactor(user: SecondFactorUser, code: string): Promise<'totp' | 'recovery' | null> {
  const typed = code.replace(/\s/g, '');
  if (/^\d{6}$/.test(typed) && user.totpSecret) {
    const secret = open(user.totpSecret);
    if (!secret) return null;
    const result = await verify({ secret, token: typed, epochTolerance: 30, ...(user.totpLastStep ? { afterTimeStep: user.totpLastStep } : {}) });
    if (!result.valid || !('timeStep' in result)) return null;
    const step = result.timeStep;
    // Only one sign-in can move the last step past this one.
    const { count } = await db.user.updateMany({ where: { id: user.id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] }, data: { totpLastStep: step } });
    return count === 1 ? 'totp' : null;
  }
  const hashed = hashCode(typed);
  if (!user.recoveryCodes.includes(hashed)) return null;
  const { count } = await db.user.updateMany({ where: { id: user.id, recoveryCodes: { has: hashed } }, data: { recoveryCodes: user.recoveryCodes.filter((c) => c !== hashed) } });
  return count === 1 ? 'recovery' : null;
}

/** Starts (or restarts) enrolment: a new secret, kept until confirmed with a code. */
export async function startEnrolment(ctx: EditorContext): Promise<{ secret: string; uri: string }> {
  assertCan(ctx.actor, 'account.self');
  const user = await db.user.findUniqueOrThrow({ where: { id: ctx.actor.id }, select: { email: true, totpEnabledAt: true } });
  if (user.totpEnabledAt) throw new AppError('bad_request', 'Xác thực hai bước đang bật; hãy tắt trước khi đăng ký lại.');
  const secret = generateSecret();
  await db.user.update({ where: { id: ctx.actor.id }, data: { totpSecret: seal(secret), totpLastStep: null } });
  const site = (await db.siteSettings.findUnique({ where: { id: 1 }, select: { siteName: true } }))?.siteName ?? 'Cổng thông tin';
  return { secret, uri: generateURI({ issuer: site, label: user.email, secret }) };
}

const codeSchema = z.object({ code: z.string().trim().regex(/^\d{6}$/, 'Nhập mã 6 chữ số đang hiện trong ứng dụng.') });

/** Confirms enrolment with a first code; returns the recovery codes, shown once. */
export async function confirmEnrolment(ctx: EditorContext, input: unknown): Promise<string[]> {
  assertCan(ctx.actor, 'account.self');
  const { code } = parseFields(codeSchema, input);
  const user = await db.user.findUniqueOrThrow({ where: { id: ctx.actor.id }, select: { id: true, totpSecret: true, totpEnabledAt: true, totpLastStep: true, recoveryCodes: true } });
  if (user.totpEnabledAt || !user.totpSecret) throw new AppError('bad_request', 'Chưa bắt đầu đăng ký, hoặc đã bật rồi; vui lòng tải lại trang.');
  if ((await checkSecondFactor({ ...user, recoveryCodes: [] }, code)) !== 'totp') {
    throw new AppError('bad_request', 'Mã chưa đúng.', { fieldErrors: { code: ['Mã chưa đúng; kiểm tra giờ trên điện thoại rồi nhập mã mới.'] } });
  }
  const codes = newRecoveryCodes();
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { totpEnabledAt: new Date(), recoveryCodes: codes.map(hashCode) } });
    await recordAudit(tx, ctx, 'user.twoFactorOn', { type: 'user', id: user.id });
  });
  return codes;
}

const offSchema = z.object({ password: z.string().min(1, 'Vui lòng nhập mật khẩu.').max(200), code: z.string().trim().min(1, 'Vui lòng nhập mã.').max(20) });

/** Turns two-step sign-in off, with the password and a code; not while the role requires it. */
export async function disableTwoFactor(ctx: EditorContext, input: unknown) {
  assertCan(ctx.actor, 'account.self');
  const data = parseFields(offSchema, input);
  if (twoFactorRequired(ctx.actor.role, await twoFactorSettingOn())) throw new AppError('forbidden', 'Vai trò của bạn bắt buộc dùng xác thực hai bước.');
  const user = await db.user.findUniqueOrThrow({ where: { id: ctx.actor.id }, select: { id: true, passwordHash: true, totpSecret: true, totpEnabledAt: true, totpLastStep: true, recoveryCodes: true } });
  if (!(await verifyPassword(user.passwordHash, data.password))) throw new AppError('bad_request', 'Mật khẩu không đúng.', { fieldErrors: { password: ['Mật khẩu không đúng.'] } });
  if (!(await checkSecondFactor(user, data.code))) throw new AppError('bad_request', 'Mã chưa đúng.', { fieldErrors: { code: ['Mã chưa đúng.'] } });
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null, recoveryCodes: [] } });
    await recordAudit(tx, ctx, 'user.twoFactorOff', { type: 'user', id: user.id });
  });
}

/** An administrator clears someone's two-step sign-in (a lost phone); their sessions end. */
export async function resetTwoFactor(ctx: EditorContext, userId: number) {
  assertCan(ctx.actor, 'user.manage');
  await db.$transaction(async (tx) => {
    const user = await tx.user.update({ where: { id: userId }, data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null, recoveryCodes: [] }, select: { id: true } }).catch(() => null);
    if (!user) throw new AppError('not_found', 'Không tìm thấy tài khoản.');
    await recordAudit(tx, ctx, 'user.twoFactorReset', { type: 'user', id: userId });
  });
  await endUserSessions(userId, 'twoFactorReset');
}

export type TwoFactorStatus = { enabled: boolean; enrolling: boolean; required: boolean; recoveryCodesLeft: number };

export async function twoFactorStatus(ctx: EditorContext): Promise<TwoFactorStatus> {
  assertCan(ctx.actor, 'account.self');
  const user = await db.user.findUniqueOrThrow({ where: { id: ctx.actor.id }, select: { totpSecret: true, totpEnabledAt: true, recoveryCodes: true } });
  return {
    enabled: Boolean(user.totpEnabledAt),
    enrolling: Boolean(user.totpSecret && !user.totpEnabledAt),
    required: twoFactorRequired(ctx.actor.role, await twoFactorSettingOn()),
    recoveryCodesLeft: user.recoveryCodes.length,
  };
}
