import 'server-only';
import { getServerSession } from 'next-auth';
import { cache } from 'react';
import { db } from '@/lib/db';
import type { Actor } from './permissions';
import { authOptions } from './options';

export type SessionUser = Actor & { name: string; email: string };

/**
 * The signed-in user, re-read from the database on each request so that a disabled
 * account or a changed role takes effect at once; null for visitors.
 */
export const getActor = cache(async (): Promise<SessionUser | null> => {
  const session = (await getServerSession(authOptions())) as { uid?: number } | null;
  if (!session?.uid) return null;
  const user = await db.user.findUnique({ where: { id: session.uid }, select: { id: true, role: true, name: true, email: true, disabled: true } });
  if (!user || user.disabled) return null;
  return { id: user.id, role: user.role, name: user.name, email: user.email };
});
