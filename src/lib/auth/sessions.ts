import 'server-only';
import { randomBytes } from 'node:crypto';
import { db } from '@/lib/db';
import { recordAudit, type EditorContext } from '@/lib/editor/context';
import { AppError } from '@/lib/errors';
import { assertCan, can } from './permissions';

// Signed-in sessions, one row each: the session cookie carries the row's id, and a session
// is valid only while its row is open. So a session can be listed and ended (by its owner
// or an administrator), and disabling an account, resetting its password or its two-step
// sign-in ends them for good: enabling the account again revives none.

/** How often a session's "last seen" is written: not on every request. */
const TOUCH_EVERY_MS = 60_000;
/** A session unused this long has ended (its cookie has expired too): 8 hours. */
export const SESSION_IDLE_SECONDS = 8 * 3600;
const idleSince = () => new Date(Date.now() - SESSION_IDLE_SECONDS * 1000);

export async function openSession(userId: number, ip: string, userAgent: string): Promise<string> {
  const id = randomBytes(24).toString('base64url');
  await db.userSession.create({ data: { id, userId, ip: ip.slice(0, 64), userAgent: userAgent.slice(0, 300) } });
  return id;
}

/** Whether session `id` of user `userId` is open; keeps its "last seen" roughly current. */
export async function sessionOpen(id: string, userId: number): Promise<boolean> {
  const row = await db.userSession.findUnique({ where: { id }, select: { userId: true, endedAt: true, lastSeenAt: true } });
  if (!row || row.userId !== userId || row.endedAt || row.lastSeenAt < idleSince()) return false;
  if (Date.now() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.userSession.update({ where: { id }, data: { lastSeenAt: new Date() } }).catch(() => undefined);
  }
  return true;
}

export type SessionEndReason = 'signOut' | 'endedByOwner' | 'endedByAdmin' | 'disabled' | 'passwordChanged' | 'passwordReset' | 'twoFactorReset';

export async function endSession(id: string, reason: SessionEndReason) {
  await db.userSession.updateMany({ where: { id, endedAt: null }, data: { endedAt: new Date(), endedReason: reason } });
}

/** Ends every open session of the user (but `keep`, when given). */
export async function endUserSessions(userId: number, reason: SessionEndReason, keep?: string): Promise<number> {
  const { count } = await db.userSession.updateMany({
    where: { userId, endedAt: null, ...(keep ? { id: { not: keep } } : {}) },
    data: { endedAt: new Date(), endedReason: reason },
  });
  return count;
}

export type SessionRow = { id: string; userId: number; userName: string; ip: string; userAgent: string; createdAt: string; lastSeenAt: string; current: boolean };

/** Open sessions (used in the last 8 hours): the actor's own, or everyone's for an administrator (`all`). */
export async function listSessions(ctx: EditorContext & { sessionId?: string | null }, all = false): Promise<SessionRow[]> {
  assertCan(ctx.actor, all ? 'security.manage' : 'account.self');
  const rows = await db.userSession.findMany({
    where: { endedAt: null, lastSeenAt: { gte: idleSince() }, ...(all ? {} : { userId: ctx.actor.id }) },
    orderBy: { lastSeenAt: 'desc' },
    take: 500,
    include: { user: { select: { name: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    userId: row.userId,
    userName: row.user.name,
    ip: row.ip,
    userAgent: row.userAgent,
    createdAt: row.createdAt.toISOString(),
    lastSeenAt: row.lastSeenAt.toISOString(),
    current: row.id === ctx.sessionId,
  }));
}

/** Ends one session: one's own, or anyone's for an administrator. Logged. */
export async function endSessionAs(ctx: EditorContext, id: string) {
  assertCan(ctx.actor, 'account.self');
  const row = await db.userSession.findUnique({ where: { id }, select: { userId: true, endedAt: true } });
  const own = row?.userId === ctx.actor.id;
  if (!row || (!own && !can(ctx.actor, 'security.manage'))) throw new AppError('not_found', 'Không tìm thấy phiên đăng nhập này.');
  if (row.endedAt) return;
  await endSession(id, own ? 'endedByOwner' : 'endedByAdmin');
  await db.$transaction((tx) => recordAudit(tx, ctx, 'auth.sessionEnded', { type: 'user', id: row.userId }, { by: own ? 'owner' : 'admin' }));
}
