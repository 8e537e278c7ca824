import 'server-only';
import { z } from 'zod';
import { assertCan } from '@/lib/auth/permissions';
import { vietnamDateOf } from '@/lib/consultations/working-days';
import { db, readerDb } from '@/lib/db';
import type { EditorContext } from '@/lib/editor/context';
import { AppError } from '@/lib/errors';
import { nfc } from '@/lib/text/normalize';
import { privacyHash } from './privacy-hash';

// The satisfaction rating of every public page (ND 224/2026 Art. 10(3)(b)): one tap, an
// optional comment, no account. What is stored: the page, the score, the comment, when,
// and a keyed hash of the address and the day, so one reader counts once per page per
// day (a later tap replaces the earlier) and a flood stops. Never the address.

export const SCORES = [4, 3, 2, 1] as const;
export const SCORE_LABELS: Record<number, string> = { 4: 'Rất hài lòng', 3: 'Hài lòng', 2: 'Bình thường', 1: 'Chưa hài lòng' };
export const RATINGS_PER_DAY = 60;
const COMMENT_MAX = 1000;

/** A public page's address: no query, no fragment, not the editor area. */
export function ratedPath(value: string): string | null {
  const path = value.split(/[?#]/)[0];
  if (path.length > 300 || !/^\/[a-z0-9\-/._~%]*$/i.test(path)) return null;
  if (/^\/(?:quan-tri|api|dang-nhap)(?:\/|$)/.test(path)) return null;
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

const ratingSchema = z.object({
  path: z.string().transform((value, ctx) => ratedPath(value) ?? (ctx.addIssue({ code: 'custom', message: 'Trang được đánh giá không hợp lệ.' }), z.NEVER)),
  score: z.coerce.number({ error: 'Chọn một mức đánh giá.' }).int().refine((value) => (SCORES as readonly number[]).includes(value), 'Chọn một mức đánh giá.'),
  comment: z
    .string()
    .transform((value) => nfc(value).replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').trim())
    .pipe(z.string().max(COMMENT_MAX, `Góp ý tối đa ${COMMENT_MAX} ký tự.`)),
});

export type RatingFields = z.input<typeof ratingSchema>;

export async function submitRating(fields: RatingFields, context: { ip: string | null; now?: Date }): Promise<void> {
  const parsed = ratingSchema.safeParse(fields);
  if (!parsed.success) throw new AppError('bad_request', parsed.error.issues[0].message, { fieldErrors: Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), [issue.message]])) });
  const now = context.now ?? new Date();
  const raterDay = privacyHash(`rating:${vietnamDateOf(now)}`, context.ip);
  const { path, score, comment } = parsed.data;
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${raterDay}))`;
    const existing = await tx.pageRating.findUnique({ where: { path_raterDay: { path, raterDay } }, select: { id: true, comment: true } });
    if (!existing && (await tx.pageRating.count({ where: { raterDay } })) >= RATINGS_PER_DAY) {
      throw new AppError('too_many', 'Bạn đã đánh giá nhiều trang trong hôm nay; cảm ơn bạn. Vui lòng thử lại vào ngày mai.');
    }
    // The comment, sent after the tap, completes the same rating; a tap alone keeps it.
    const data = { score, comment: comment || existing?.comment || '' };
    if (existing) await tx.pageRating.update({ where: { id: existing.id }, data });
    else await tx.pageRating.create({ data: { path, raterDay, ...data } });
  });
}

export type RatingRow = { label: string; count: number; average: number; byScore: number[] };

function rowOf(label: string, counts: Map<number, number>): RatingRow {
  const byScore = SCORES.map((score) => counts.get(score) ?? 0);
  const count = byScore.reduce((sum, value) => sum + value, 0);
  const average = count === 0 ? 0 : SCORES.reduce((sum, score, i) => sum + score * byScore[i], 0) / count;
  return { label, count, average, byScore };
}

/** What administrators see: by month (the last 12) and by page (the 100 most rated), and the latest comments. */
export async function ratingAggregates(ctx: EditorContext, now = new Date()) {
  assertCan(ctx.actor, 'stats.view');
  const since = new Date(now.getTime() - 366 * 86_400_000);
  const [months, pages, comments] = await Promise.all([
    readerDb.$queryRaw<{ month: string; score: number; count: bigint }[]>`
      SELECT to_char("createdAt" AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM') AS "month", "score", count(*) AS "count"
      FROM "PageRating" WHERE "createdAt" >= ${since} GROUP BY 1, 2 ORDER BY 1 DESC`,
    readerDb.$queryRaw<{ path: string; score: number; count: bigint }[]>`
      SELECT r."path", r."score", count(*) AS "count" FROM "PageRating" r
      WHERE r."path" IN (SELECT "path" FROM "PageRating" GROUP BY "path" ORDER BY count(*) DESC, "path" LIMIT 100)
      GROUP BY 1, 2`,
    readerDb.pageRating.findMany({ where: { comment: { not: '' } }, orderBy: { updatedAt: 'desc' }, take: 50, select: { path: true, score: true, comment: true, updatedAt: true } }),
  ]);
  const group = (rows: { key: string; score: number; count: bigint }[]) => {
    const map = new Map<string, Map<number, number>>();
    for (const row of rows) {
      const counts = map.get(row.key) ?? new Map<number, number>();
      counts.set(row.score, Number(row.count));
      map.set(row.key, counts);
    }
    return [...map].map(([key, counts]) => rowOf(key, counts));
  };
  const byMonth = group(months.map((row) => ({ key: row.month, score: row.score, count: row.count }))).sort((a, b) => (a.label < b.label ? 1 : -1));
  const byPage = group(pages.map((row) => ({ key: row.path, score: row.score, count: row.count }))).sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : 1));
  const total = rowOf('Tổng', new Map(SCORES.map((score, i) => [score, byMonth.reduce((sum, row) => sum + row.byScore[i], 0)])));
  return { byMonth, byPage, total, comments };
}
