import 'server-only';
import { getServerSession } from 'next-auth';
import { cache } from 'react';
import { db } from '@/lib/db';
import { redirect } from 'next/navigation';
import { can, type Action, type Actor } from './permissions';
import { authOptions } from './options';

export type SessionUser = Actor & { name: string; email: string };

/**
 * The signed-in user, re-read from the database on each request so that a disabled
 * account, a changed role or a password reset takes effect at once; null for visitors.
 */
export const getActor = cache(async (): Promise<SessionUser | null> => {
  const session = (await getServerSession(authOptions())) as { uid?: number; signedInAt?: number } | null;
  if (!session?.uid) return null;
  const user = await db.user.findUnique({ where: { id: session.uid }, select: { id: true, role: true, name: true, email: true, disabled: true, passwordChangedAt: true } });
  if (!user || user.disabled) return null;
  // A password change or reset signs out every session opened before it.
  if (user.passwordChangedAt && user.passwordChangedAt.getTime() > (session.signedInAt ?? 0)) return null;
  return { id: user.id, role: user.role, name: user.name, email: user.email };
});

/**
 * The signed-in user for a page of the editor area: visitors are sent to sign in (and back
 * to `nextPath` after), users whose role lacks `action` to the dashboard. Convenience only;
 * the data layer checks every read and write again.
 */
export async function requireActor(nextPath: string, action: Action = 'editor.access'): Promise<SessionUser> {
  const actor = await getActor();
  if (!actor) redirect(`/dang-nhap?tiep=${encodeURIComponent(nextPath)}`);
  if (!can(actor, action)) redirect('/quan-tri');
  return actor;
}
