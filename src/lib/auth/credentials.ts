import 'server-only';
import { z } from 'zod';
import type { Role } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { hashPassword, verifyPassword } from './password';
import { openSession } from './sessions';
import { clearPair, recordFailure, throttled } from './throttle';
import { checkSecondFactor, twoFactorRequired, twoFactorSettingOn } from './two-factor';

export const credentialsSchema = z.object({
  email: z.preprocess((value) => (typeof value === 'string' ? value.trim().toLowerCase() : value), z.email('Email không hợp lệ.').max(200)),
  password: z.string().min(1, 'Vui lòng nhập mật khẩu.').max(200),
  code: z.string().max(20).optional(),
});

export type SignedInUser = { id: number; email: string; name: string; role: Role; sessionId: string };
export type SignInResult =
  | { ok: true; user: SignedInUser }
  | { ok: false; reason: 'invalid' | 'code-required' | 'code-invalid' | 'demo-remote' }
  | { ok: false; reason: 'limited'; waitMs: number };

/** Where the attempt comes from: the address set by the server's edge, and the browser. */
export type Client = { ip: string; userAgent: string };

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

// Compared against when the email is unknown, so both cases take the same time.
let dummyHash: Promise<string> | undefined;

async function log(action: string, email: string, client: Client, userId: number | null, detail: Record<string, unknown> = {}) {
  await db.auditLog.create({ data: { action, actorId: userId, entityType: 'user', entityId: userId ? String(userId) : email, ip: client.ip, detail: { email, ...detail } } });
}

/**
 * Checks an email, a password and, when the account has two-step sign-in, a code. The
 * answer never tells whether the email exists. Failures slow further tries of that
 * account from that address only (src/lib/auth/throttle.ts). Everything is logged.
 */
export async function signInWithPassword(input: unknown, client: Client): Promise<SignInResult> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const { email, password, code } = parsed.data;
  const wait = await throttled(email, client.ip);
  if (wait) {
    await log('auth.throttled', email, client, null, { scope: wait.scope, waitSeconds: Math.ceil(wait.waitMs / 1000) });
    return { ok: false, reason: 'limited', waitMs: wait.waitMs };
  }

  const user = await db.user.findUnique({ where: { email } });
  dummyHash ??= hashPassword('not-a-real-password');
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
  if (!user || !valid || user.disabled) {
    await recordFailure(email, client.ip);
    await log('auth.failure', email, client, user?.id ?? null, { why: user?.disabled && valid ? 'disabled' : 'password' });
    return { ok: false, reason: 'invalid' };
  }
  // A demo account's password is printed in the README: it works on this machine only.
  if (user.demoAccount && !LOOPBACK.has(client.ip)) {
    await log('auth.demoRefused', email, client, user.id);
    return { ok: false, reason: 'demo-remote' };
  }
  if (user.totpEnabledAt) {
    if (!code?.trim()) return { ok: false, reason: 'code-required' };
    const used = await checkSecondFactor(user, code);
    if (!used) {
      await recordFailure(email, client.ip, 'TOTP');
      await log('auth.failure', email, client, user.id, { why: 'code' });
      return { ok: false, reason: 'code-invalid' };
    }
    if (used === 'recovery') await log('auth.recoveryCodeUsed', email, client, user.id);
  }
  await clearPair(email, client.ip);
  const sessionId = await openSession(user.id, client.ip, client.userAgent);
  const mustEnrol = !user.totpEnabledAt && twoFactorRequired(user.role, await twoFactorSettingOn());
  await log('auth.signIn', email, client, user.id, mustEnrol ? { twoFactorToSetUp: true } : {});
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionId } };
}
