import 'server-only';
import { announceTags } from '@/lib/content/announce';
import { TAGS } from '@/lib/content/cache-tags';
import { db } from '@/lib/db';
import { deleteExpiredFormDrafts } from './form-drafts';
import { vietnamDateOf } from './working-days';

// Consultations open and close on time by themselves: every second each instance moves
// those whose time has come (one UPDATE each way, so two instances never both do it) and
// announces it, which expires the cached pages everywhere. At start this catches up with
// whatever fell due while the portal was down. Public pages already follow the clock
// (public-rule.ts phaseOf); this makes stored statuses, lists and feeds follow too.

export async function settleConsultationPhases(now = new Date()): Promise<{ opened: string[]; closed: string[] }> {
  return db.$transaction(async (tx) => {
    const opened = await tx.$queryRaw<{ id: number; slug: string }[]>`
      UPDATE "Consultation" SET "status" = 'OPEN', "updatedAt" = ${now}
      WHERE "status" = 'SCHEDULED' AND "opensAt" <= ${now} AND "closesAt" > ${now}
      RETURNING "id", "slug"`;
    const closed = await tx.$queryRaw<{ id: number; slug: string }[]>`
      UPDATE "Consultation" SET "status" = 'CLOSED', "updatedAt" = ${now}
      WHERE "status" IN ('SCHEDULED', 'OPEN') AND "closesAt" <= ${now}
      RETURNING "id", "slug"`;
    const changed = [...opened, ...closed];
    if (changed.length > 0) {
      await tx.auditLog.createMany({
        data: [
          ...opened.map((row) => ({ action: 'consultation.opened', entityType: 'consultation', entityId: String(row.id) })),
          ...closed.map((row) => ({ action: 'consultation.closed', entityType: 'consultation', entityId: String(row.id) })),
        ],
      });
      await announceTags(tx, [TAGS.consultations, ...changed.map((row) => TAGS.consultation(row.slug))]);
    }
    return { opened: opened.map((row) => row.slug), closed: closed.map((row) => row.slug) };
  });
}

let lastDay: string | null = null;

/**
 * Once a day (at midnight, Vietnam time) the "working days left" of every open
 * consultation changes: their pages are announced old. Also clears expired form drafts.
 */
export async function startOfDayChores(now = new Date()) {
  const today = vietnamDateOf(now);
  if (lastDay === today) return;
  const first = lastDay === null;
  lastDay = today;
  await deleteExpiredFormDrafts(now);
  if (first) return;
  const open = await db.consultation.findMany({ where: { status: 'OPEN' }, select: { slug: true } });
  if (open.length > 0) await db.$transaction((tx) => announceTags(tx, [TAGS.consultations, ...open.map((row) => TAGS.consultation(row.slug))]));
}
