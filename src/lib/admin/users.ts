import 'server-only';
import { z } from 'zod';
import type { Role } from '@/generated/prisma/client';
import { assertCan } from '@/lib/auth/permissions';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { endUserSessions } from '@/lib/auth/sessions';
import { clearPair, recordFailure, throttled } from '@/lib/auth/throttle';
import { waitText } from '@/lib/text/format';
import { db } from '@/lib/db';
import { recordAudit, type EditorContext } from '@/lib/editor/context';
import { AppError } from '@/lib/errors';
import { cleanLine } from '@/lib/text/normalize';
import { parseFields, dbId } from '@/lib/validation';

// Accounts: administrators create them, change roles, disable them and reset passwords;
// everyone changes their own password. The last active administrator is never removed.

const ROLES = ['CONTRIBUTOR', 'EDITOR', 'APPROVER', 'ADMIN'] as const satisfies readonly Role[];

const password = z
  .string()
  .transform((value) => value.normalize('NFC'))
  .pipe(z.string().min(10, 'Mật khẩu cần ít nhất 10 ký tự.').max(200, 'Mật khẩu quá dài.'));

const email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email('Email không hợp lệ.').max(200));

const name = z.string().transform(cleanLine).pipe(z.string().min(1, 'Vui lòng nhập họ tên.').max(120, 'Họ tên quá dài.'));

export type UserRow = { id: number; email: string; name: string; role: Role; disabled: boolean; demoAccount: boolean; twoFactor: boolean; openSessions: number; createdAt: string };

export async function listUsers(ctx: EditorContext): Promise<UserRow[]> {
  assertCan(ctx.actor, 'user.manage');
  const rows = await db.user.findMany({
    orderBy: [{ disabled: 'asc' }, { name: 'asc' }],
    select: { id: true, email: true, name: true, role: true, disabled: true, demoAccount: true, totpEnabledAt: true, createdAt: true, _count: { select: { sessions: { where: { endedAt: null } } } } },
  });
  return rows.map(({ totpEnabledAt, _count, ...row }) => ({ ...row, twoFactor: Boolean(totpEnabledAt), openSessions: _count.sessions, createdAt: row.createdAt.toISOString() }));
}

const createSchema = z.object({ email, name, role: z.enum(ROLES, 'Vai trò không hợp lệ.'), password });

export async function createUser(ctx: EditorContext, input: unknown) {
  assertCan(ctx.actor, 'user.manage');
  const data = parseFields(createSchema, input);
  if (await db.user.findUnique({ where: { email: data.email }, select: { id: true } })) {
    throw new AppError('bad_request', 'Vui lòng sửa các mục được đánh dấu.', { fieldErrors: { email: ['Email này đã có tài khoản.'] } });
  }
  const passwordHash = await hashPassword(data.password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({ data: { email: data.email, name: data.name, role: data.role, passwordHash }, select: { id: true } });
    await recordAudit(tx, ctx, 'user.create', { type: 'user', id: user.id }, { email: data.email, role: data.role });
    return user;
  });
}

const updateSchema = z.object({ id: dbId, name, role: z.enum(ROLES, 'Vai trò không hợp lệ.'), disabled: z.boolean() });

export async function updateUser(ctx: EditorContext, input: unknown) {
  assertCan(ctx.actor, 'user.manage');
  const data = parseFields(updateSchema, input);
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM "User" WHERE role = 'ADMIN' FOR UPDATE`;
    const before = await tx.user.findUnique({ where: { id: data.id }, select: { role: true, disabled: true } });
    if (!before) throw new AppError('not_found', 'Không tìm thấy tài khoản.');
    const losesAdmin = before.role === 'ADMIN' && !before.disabled && (data.role !== 'ADMIN' || data.disabled);
    if (losesAdmin && (await tx.user.count({ where: { role: 'ADMIN', disabled: false } })) <= 1) {
      throw new AppError('bad_request', 'Phải còn ít nhất một quản trị viên đang hoạt động.');
    }
    await tx.user.update({ where: { id: data.id }, data: { name: data.name, role: data.role, disabled: data.disabled } });
    await recordAudit(tx, ctx, 'user.update', { type: 'user', id: data.id }, { from: before, to: { role: data.role, disabled: data.disabled } });
  });
  // Disabled means signed out everywhere, for good: enabling the account again revives nothing.
  if (data.disabled) await endUserSessions(data.id, 'disabled');
}

export async function resetPassword(ctx: EditorContext, input: unknown) {
  assertCan(ctx.actor, 'user.manage');
  const data = parseFields(z.object({ id: dbId, password }), input);
  const passwordHash = await hashPassword(data.password);
  await db.$transaction(async (tx) => {
    const user = await tx.user.update({ where: { id: data.id }, data: { passwordHash, passwordChangedAt: new Date() }, select: { id: true } }).catch(() => null);
    if (!user) throw new AppError('not_found', 'Không tìm thấy tài khoản.');
    await tx.loginAttempt.deleteMany({ where: { email: (await tx.user.findUniqueOrThrow({ where: { id: data.id } })).email } });
    await recordAudit(tx, ctx, 'user.resetPassword', { type: 'user', id: data.id });
  });
  await endUserSessions(data.id, 'passwordReset');
}

const ownSchema = z
  .object({ current: z.string().min(1, 'Vui lòng nhập mật khẩu hiện tại.'), next: password, repeat: z.string() })
  .refine((value) => value.next === value.repeat.normalize('NFC'), { message: 'Hai lần nhập mật khẩu mới không khớp.', path: ['repeat'] });

/**
 * Changes one's own password. A wrong current password counts like a failed sign-in (the
 * same per-address throttle), so a left-open session cannot be used to guess it; the
 * account's other sessions end.
 */
export async function changeOwnPassword(ctx: EditorContext, input: unknown) {
  assertCan(ctx.actor, 'account.self');
  const data = parseFields(ownSchema, input);
  const user = await db.user.findUniqueOrThrow({ where: { id: ctx.actor.id }, select: { email: true, passwordHash: true } });
  const ip = ctx.ip ?? 'unknown';
  const wait = await throttled(user.email, ip);
  if (wait) throw new AppError('bad_request', `Đã nhập sai mật khẩu nhiều lần; vui lòng đợi ${waitText(wait.waitMs)} rồi thử lại.`);
  if (!(await verifyPassword(user.passwordHash, data.current))) {
    await recordFailure(user.email, ip, 'OWN_PASSWORD');
    await db.$transaction((tx) => recordAudit(tx, ctx, 'auth.failure', { type: 'user', id: ctx.actor!.id }, { why: 'ownPassword' }));
    throw new AppError('bad_request', 'Vui lòng sửa các mục được đánh dấu.', { fieldErrors: { current: ['Mật khẩu hiện tại không đúng.'] } });
  }
  const passwordHash = await hashPassword(data.next);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: ctx.actor!.id }, data: { passwordHash, passwordChangedAt: new Date() } });
    await recordAudit(tx, ctx, 'user.changePassword', { type: 'user', id: ctx.actor!.id });
  });
  await clearPair(user.email, ip);
  await endUserSessions(ctx.actor.id, 'passwordChanged', ctx.sessionId ?? undefined);
}
