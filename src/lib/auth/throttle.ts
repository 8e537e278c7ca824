import 'server-only';
import type { AttemptKind } from '@/generated/prisma/client';
import { db } from '@/lib/db';

// Slowing down password guessing without letting anyone lock an account (OWASP's
// authentication guidance). Failures count per (account, address) pair: the first few
// are free, then each one doubles the wait before the next try from that address, up to
// 15 minutes. A correct password typed from another address is never held back by them.
// A much higher ceiling per address (50 failures in 15 minutes, whatever the accounts)
// stops one machine trying many accounts; colleagues behind one office address stay well
// under it. A successful sign-in clears its pair. Administrators see and clear throttles.

export const THROTTLE = {
  freeFailures: 3,
  firstDelayMs: 1000,
  maxDelayMs: 15 * 60_000,
  /** Failures older than this no longer count for a pair. */
  pairWindowMs: 24 * 3600_000,
  addressLimit: 50,
  addressWindowMs: 15 * 60_000,
} as const;

export type Throttled = { scope: 'pair' | 'address'; waitMs: number };

/** How long a pair with `failures` failures waits after the last one. */
export function pairDelayMs(failures: number): number {
  if (failures < THROTTLE.freeFailures) return 0;
  return Math.min(THROTTLE.firstDelayMs * 2 ** (failures - THROTTLE.freeFailures), THROTTLE.maxDelayMs);
}

/** Whether a try for `email` from `ip` must wait now, and how long. */
export async function throttled(email: string, ip: string, now = new Date()): Promise<Throttled | null> {
  const [pair, address] = await Promise.all([
    db.loginAttempt.aggregate({ where: { email, ip, createdAt: { gte: new Date(now.getTime() - THROTTLE.pairWindowMs) } }, _count: true, _max: { createdAt: true } }),
    db.loginAttempt.aggregate({ where: { ip, createdAt: { gte: new Date(now.getTime() - THROTTLE.addressWindowMs) } }, _count: true, _min: { createdAt: true } }),
  ]);
  if (address._count >= THROTTLE.addressLimit && address._min.createdAt) {
    return { scope: 'address', waitMs: address._min.createdAt.getTime() + THROTTLE.addressWindowMs - now.getTime() };
  }
  const last = pair._max.createdAt;
  const waitMs = last ? last.getTime() + pairDelayMs(pair._count) - now.getTime() : 0;
  return waitMs > 0 ? { scope: 'pair', waitMs } : null;
}

export async function recordFailure(email: string, ip: string, kind: AttemptKind = 'PASSWORD') {
  await db.loginAttempt.create({ data: { email, ip, kind } });
}

/** A success from this address forgets the pair's failures (not other addresses'). */
export async function clearPair(email: string, ip: string) {
  await db.loginAttempt.deleteMany({ where: { email, ip } });
}

export type ThrottleRow = { email: string | null; ip: string; failures: number; waitMs: number };

/** Pairs and addresses that must wait right now, longest wait first. */
export async function currentThrottles(now = new Date()): Promise<ThrottleRow[]> {
  const pairs = await db.loginAttempt.groupBy({
    by: ['email', 'ip'],
    where: { createdAt: { gte: new Date(now.getTime() - THROTTLE.pairWindowMs) } },
    _count: true,
    _max: { createdAt: true },
  });
  const addresses = await db.loginAttempt.groupBy({
    by: ['ip'],
    where: { createdAt: { gte: new Date(now.getTime() - THROTTLE.addressWindowMs) } },
    _count: true,
    _min: { createdAt: true },
  });
  const rows: ThrottleRow[] = [
    ...addresses
      .filter((a) => a._count >= THROTTLE.addressLimit && a._min.createdAt)
      .map((a) => ({ email: null, ip: a.ip, failures: a._count, waitMs: a._min.createdAt!.getTime() + THROTTLE.addressWindowMs - now.getTime() })),
    ...pairs.map((p) => ({ email: p.email, ip: p.ip, failures: p._count, waitMs: (p._max.createdAt?.getTime() ?? 0) + pairDelayMs(p._count) - now.getTime() })),
  ];
  return rows.filter((row) => row.waitMs > 0).sort((a, b) => b.waitMs - a.waitMs);
}

/** Forgets the failures behind a throttle: of one pair, or of a whole address. */
export async function clearThrottle(target: { email: string | null; ip: string }): Promise<number> {
  const { count } = await db.loginAttempt.deleteMany({ where: target.email ? { email: target.email, ip: target.ip } : { ip: target.ip } });
  return count;
}
