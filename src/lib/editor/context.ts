import type { Prisma } from '@/generated/prisma/client';
import type { Actor } from '@/lib/auth/permissions';

/** Who is acting and from where (and in which session): every write in the editor area takes one. */
export type EditorContext = { actor: Actor | null; ip: string | null; sessionId?: string | null };

/** The public pages a write touched, for refreshPublicPages (src/lib/content/invalidate.ts). */
export type CacheChange = { slugs: string[]; sections: string[]; tags: string[] };

export const NO_CHANGE: CacheChange = { slugs: [], sections: [], tags: [] };

export function mergeChanges(...changes: CacheChange[]): CacheChange {
  const unique = (values: string[]) => [...new Set(values)];
  return {
    slugs: unique(changes.flatMap((c) => c.slugs)),
    sections: unique(changes.flatMap((c) => c.sections)),
    tags: unique(changes.flatMap((c) => c.tags)),
  };
}

/** One line of the audit log: who did what to which article, when, from which address. */
export async function recordAudit(
  tx: Prisma.TransactionClient,
  ctx: EditorContext,
  action: string,
  entity: { type: string; id: number | string },
  detail: Record<string, unknown> = {},
) {
  await tx.auditLog.create({
    data: { actorId: ctx.actor?.id ?? null, action, entityType: entity.type, entityId: String(entity.id), detail: detail as Prisma.InputJsonValue, ip: ctx.ip },
  });
}
