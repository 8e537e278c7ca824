import 'server-only';
import { z } from 'zod';
import type { Role } from '@/generated/prisma/client';
import { db } from '@/lib/db';
import { hashPassword, verifyPassword } from './password';

export const MAX_FAILURES = 5;
export const FAILURE_WINDOW_MS = 15 * 60_000;

export const credentialsSchema = z.object({
  email: z.preprocess((value) => (typeof value === 'string' ? value.trim().toLowerCase() : value), z.email('Email không hợp lệ.').max(200)),
  password: z.string().min(1, 'Vui lòng nhập mật khẩu.').max(200),
});

export type SignedInUser = { id: number; email: string; name: string; role: Role };
export type SignInResult = { ok: true; user: SignedInUser } | { ok: false; reason: 'invalid' | 'limited' };

// Compared against when the email is unknown, so both cases take the same time.
let dummyHash: Promise<string> | undefined;

async function isLimited(email: string, ip: string): Promise<boolean> {
  const since = new Date(Date.now() - FAILURE_WINDOW_MS);
  const [byEmail, byIp] = await Promise.all([
    db.loginAttempt.count({ where: { email, createdAt: { gte: since } } }),
    db.loginAttempt.count({ where: { ip, createdAt: { gte: since } } }),
  ]);
  return byEmail >= MAX_FAILURES || byIp >= MAX_FAILURES;
}

/**
 * Checks an email and password. The answer never tells whether the email exists; five
 * failures in 15 minutes for an account or from an address lock further tries.
 */
export async function signInWithPassword(input: unknown, ip: string): Promise<SignInResult> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const { email, password } = parsed.data;
  if (await isLimited(email, ip)) return { ok: false, reason: 'limited' };

  const user = await db.user.findUnique({ where: { email } });
  dummyHash ??= hashPassword('not-a-real-password');
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
  if (!user || !valid || user.disabled) {
    await db.loginAttempt.create({ data: { email, ip } });
    return { ok: false, reason: 'invalid' };
  }
  await db.loginAttempt.deleteMany({ where: { email } });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}
