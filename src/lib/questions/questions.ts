import 'server-only';
import { randomBytes, randomInt } from 'node:crypto';
import { unstable_cache } from 'next/cache';
import { Prisma, type QuestionStatus } from '@/generated/prisma/client';
import { SAFETY_REVALIDATE_SECONDS, TAGS } from '@/lib/content/cache-tags';
import { db, readerDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { privacyHash } from '@/lib/feedback/privacy-hash';
import { tsQueries } from '@/lib/search/query';
import { PAGE_SIZE, pageCount } from '@/lib/text/pagination';
import { parseQuestion, QUESTION_CONSENT } from './question-input';

// Questions from citizens (hỏi đáp): asked without an account, with a receipt code to
// follow them; answered ones are public and searchable. Limits against floods as for
// consultation comments: a hidden field for machines, a few questions per address per
// hour (the address kept only as a keyed hash), and a second submit of the same form
// finds the first question.

export const QUESTIONS_PER_HOUR = 5;
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export const STATUS_LABELS: Record<QuestionStatus, string> = {
  RECEIVED: 'Đã tiếp nhận',
  ASSIGNED: 'Đang xử lý',
  PENDING_APPROVAL: 'Đang xử lý',
  ANSWERED: 'Đã trả lời',
  DECLINED: 'Không trả lời công khai',
};

export function newQuestionCode(now = new Date()): string {
  let random = '';
  for (let i = 0; i < 8; i += 1) random += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return `HD-${now.getUTCFullYear()}-${random}`;
}

export const newQuestionToken = () => randomBytes(18).toString('base64url');

export async function submitQuestion(fields: Record<string, string>, context: { ip: string | null; now?: Date }): Promise<{ receiptCode: string; duplicate: boolean }> {
  const parsed = parseQuestion(fields);
  if ('errors' in parsed) throw new AppError('bad_request', 'Câu hỏi chưa gửi được: vui lòng sửa các mục được đánh dấu.', { fieldErrors: parsed.errors });
  const input = parsed.data;
  const now = context.now ?? new Date();
  const repeat = await db.question.findUnique({ where: { formToken: input.formToken }, select: { receiptCode: true } });
  if (repeat) return { receiptCode: repeat.receiptCode, duplicate: true };
  const ipHash = privacyHash('question-ip', context.ip);
  const receiptCode = await db.$transaction(async (tx) => {
    // One asker at a time: the count and the insert cannot interleave with another of theirs.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${ipHash}))`;
    const recent = await tx.question.count({ where: { ipHash, createdAt: { gt: new Date(now.getTime() - 3600_000) } } });
    if (recent >= QUESTIONS_PER_HOUR) throw new AppError('too_many', `Mỗi địa chỉ chỉ gửi được ${QUESTIONS_PER_HOUR} câu hỏi trong một giờ. Vui lòng thử lại sau.`);
    const row = await tx.question.create({
      data: {
        receiptCode: newQuestionCode(now),
        formToken: input.formToken,
        fullName: input.fullName,
        email: input.email.toLowerCase(),
        phone: input.phone,
        field: input.field,
        title: input.title,
        content: input.content,
        consentVersion: QUESTION_CONSENT.version,
        consentAt: now,
        ipHash,
      },
      select: { receiptCode: true },
    });
    return row.receiptCode;
  });
  return { receiptCode, duplicate: false };
}

export type QuestionStatusView = { receiptCode: string; title: string; content: string; field: string; status: QuestionStatus; askedAt: string; answer: string | null; answeredAt: string | null; declineReason: string | null; publicId: number | null };

/** What the holder of a receipt code sees: the question, where it stands, the answer or why none. */
export async function lookupQuestion(code: string): Promise<QuestionStatusView | null> {
  const receiptCode = code.trim().toUpperCase();
  if (!/^HD-\d{4}-[A-Z0-9]{8}$/.test(receiptCode)) return null;
  const row = await readerDb.question.findUnique({ where: { receiptCode } });
  if (!row) return null;
  const answered = row.status === 'ANSWERED';
  return {
    receiptCode: row.receiptCode,
    title: row.title,
    content: row.content,
    field: row.field,
    status: row.status,
    askedAt: row.createdAt.toISOString(),
    answer: answered ? row.answer : null,
    answeredAt: answered ? (row.answeredAt?.toISOString() ?? null) : null,
    declineReason: row.status === 'DECLINED' ? row.declineReason : null,
    publicId: answered ? row.id : null,
  };
}

export type PublicQuestion = { id: number; title: string; content: string; field: string; fullName: string; askedAt: string; answer: string; answeredAt: string };

const publicSelect = { id: true, title: true, content: true, field: true, fullName: true, createdAt: true, answer: true, answeredAt: true } as const;
const toPublic = (row: { id: number; title: string; content: string; field: string; fullName: string; createdAt: Date; answer: string; answeredAt: Date | null }): PublicQuestion => ({
  id: row.id,
  title: row.title,
  content: row.content,
  field: row.field,
  fullName: row.fullName,
  askedAt: row.createdAt.toISOString(),
  answer: row.answer,
  answeredAt: (row.answeredAt ?? row.createdAt).toISOString(),
});

/** Answered questions whose question or answer has every word (folded, the index's words), newest first. */
export async function findQuestionIds(tokens: string[], limit = 500): Promise<number[]> {
  if (tokens.length === 0) return [];
  const rows = await readerDb.$queryRaw<{ id: number }[]>`
    SELECT "id" FROM "Question"
    WHERE "status" = 'ANSWERED' AND to_tsvector('simple'::regconfig, public.portal_words("title" || ' ' || "content" || ' ' || "answer")) @@ to_tsquery('simple', ${tsQueries(tokens, false).all})
    ORDER BY "answeredAt" DESC NULLS LAST, "id" DESC LIMIT ${limit}`;
  return rows.map((row) => row.id);
}

export async function loadQuestionPage(filters: { tokens: string[]; field: string | null; page: number }): Promise<{ items: PublicQuestion[]; total: number; pageCount: number }> {
  const where: Prisma.QuestionWhereInput = { status: 'ANSWERED', ...(filters.field ? { field: filters.field } : {}) };
  if (filters.tokens.length > 0) where.id = { in: await findQuestionIds(filters.tokens) };
  const [rows, total] = await Promise.all([
    readerDb.question.findMany({ where, orderBy: [{ answeredAt: 'desc' }, { id: 'desc' }], skip: (filters.page - 1) * PAGE_SIZE, take: PAGE_SIZE, select: publicSelect }),
    readerDb.question.count({ where }),
  ]);
  return { items: rows.map(toPublic), total, pageCount: pageCount(total) };
}

export const getQuestionPage = (filters: { tokens: string[]; field: string | null; page: number }) =>
  unstable_cache(() => loadQuestionPage(filters), ['question-page', JSON.stringify(filters)], { tags: [TAGS.questions], revalidate: SAFETY_REVALIDATE_SECONDS })();

async function loadQuestion(id: number): Promise<PublicQuestion | null> {
  const row = await readerDb.question.findFirst({ where: { id, status: 'ANSWERED' }, select: publicSelect });
  return row ? toPublic(row) : null;
}

export const getPublicQuestion = (id: number) => unstable_cache(() => loadQuestion(id), ['question', String(id)], { tags: [TAGS.questions], revalidate: SAFETY_REVALIDATE_SECONDS })();

/** The site search's answered questions (the first five). */
export async function searchPublicQuestions(tokens: string[]): Promise<PublicQuestion[]> {
  const ids = (await findQuestionIds(tokens, 5)).slice(0, 5);
  if (ids.length === 0) return [];
  const rows = await readerDb.question.findMany({ where: { id: { in: ids }, status: 'ANSWERED' }, select: publicSelect });
  return ids.flatMap((id) => rows.filter((row) => row.id === id).map(toPublic));
}

export async function loadSitemapQuestions(): Promise<{ id: number; updatedAt: string }[]> {
  const rows = await readerDb.question.findMany({ where: { status: 'ANSWERED' }, orderBy: { answeredAt: 'desc' }, take: 20_000, select: { id: true, updatedAt: true } });
  return rows.map((row) => ({ id: row.id, updatedAt: row.updatedAt.toISOString() }));
}

export const getSitemapQuestions = unstable_cache(loadSitemapQuestions, ['sitemap-questions'], { tags: [TAGS.questions], revalidate: SAFETY_REVALIDATE_SECONDS });
