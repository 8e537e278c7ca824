import 'server-only';
import { vietnamDateOf } from '@/lib/consultations/working-days';
import { announceTags } from '@/lib/content/announce';
import { TAGS } from '@/lib/content/cache-tags';
import { db } from '@/lib/db';

// A document's validity changes at midnight (Vietnam time) on its effective date, its end
// date, or the day a document replacing it takes effect, with no one editing anything.
// When the day turns and some published document has such a date today, the register's
// cached pages are announced old on every instance.

let lastDay: string | null = null;

export async function documentDayChange(now = new Date()) {
  const today = vietnamDateOf(now);
  if (lastDay === today) return;
  const first = lastDay === null;
  lastDay = today;
  if (first) return;
  const day = new Date(today);
  const due = await db.legalDocument.count({
    where: { status: 'PUBLISHED', OR: [{ effectiveFrom: day }, { effectiveTo: day }, { relatedBy: { some: { from: { status: 'PUBLISHED', effectiveFrom: day } } } }] },
  });
  if (due > 0) await db.$transaction((tx) => announceTags(tx, [TAGS.documents]));
}
