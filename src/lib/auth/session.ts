import 'server-only';
import { getServerSession } from 'next-auth';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { db } from '@/lib/db';
import { authOptions } from './options';
import { can, type Action, type Actor } from './permissions';
import { sessionOpen } from './sessions';
import { twoFactorRequired, twoFactorSettingOn } from './two-factor';

export type SessionUser = Actor & { name: string; email: string; sessionId: string };

/**
 * The signed-in user, re-read from the database on each request: the session must still be
 * open (not signed out, nor ended by its owner or an administrator, nor by a disable or a
 * password reset), and a changed role takes effect at once. Null for visitors.
 */
export const getActor = cache(async (): Promise<SessionUser | null> => {
  const session = (await getServerSession(authOptions())) as { uid?: number; sid?: string } | null;
  if (!session?.uid || !session.sid) return null;
  const [user, open] = await Promise.all([
    db.user.findUnique({ where: { id: session.uid }, select: { id: true, role: true, name: true, email: true, disabled: true, totpEnabledAt: true } }),
    sessionOpen(session.sid, session.uid),
  ]);
  if (!user || user.disabled || !open) return null;
  const restricted = !user.totpEnabledAt && twoFactorRequired(user.role, await twoFactorSettingOn());
  return { id: user.id, role: user.role, name: user.name, email: user.email, sessionId: session.sid, ...(restricted ? { restricted } : {}) };
});

/** Where someone whose role needs two-step sign-in goes until they have set it up. */
export const TWO_FACTOR_SETUP_PATH = '/quan-tri/tai-khoan/xac-thuc-hai-buoc';

/**
 * The signed-in user for a page of the editor area: visitors are sent to sign in (and back
 * to `nextPath` after), users who must first set up two-step sign-in to its page, users
 * whose role lacks `action` to the dashboard. Convenience only; the data layer checks every
 * read and write again.
 */
export async function requireActor(nextPath: string, action: Action = 'editor.access'): Promise<SessionUser> {
  const actor = await getActor();
  if (!actor) redirect(`/dang-nhap?tiep=${encodeURIComponent(nextPath)}`);
  if (actor.restricted && action !== 'account.self') redirect(TWO_FACTOR_SETUP_PATH);
  if (!can(actor, action)) redirect('/quan-tri');
  return actor;
}
