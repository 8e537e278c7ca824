import 'server-only';
import { unstable_cache } from 'next/cache';
import { Prisma, type PublishLevel, type RecipientKind } from '@/generated/prisma/client';
import { SAFETY_REVALIDATE_SECONDS, TAGS } from '@/lib/content/cache-tags';
import { publicArticleSql } from '@/lib/content/public-rule';
import { vietnamDateOf } from '@/lib/consultations/working-days';
import { RECIPIENT_LABELS } from '@/lib/consultations/award-rules';
import { readerDb } from '@/lib/db';
import { PAGE_SIZE } from '@/lib/text/pagination';
import { getAwards } from './public-awards';
import { parseRegisterQuery, type RegisterQuery } from './register-query';
import { unitFamily, unitLabel, type UnitRef } from './units';

// The awards register as the public reads it: the listed grants (published decision, not
// annulled, not hidden), searched by name in any spelling and filtered. Privacy is applied
// here, once, for the page, the CSV and anything else that lists grants: a grant at "name
// and unit" shows neither the person's position, commune nor citation, and is not found
// by a commune filter.

/** Every commune and ward, current and former (uncached: getUnits is the cached read). */
export async function loadUnits(): Promise<UnitRef[]> {
  const rows = await readerDb.administrativeUnit.findMany({ orderBy: { name: 'asc' } });
  return rows.map((row) => ({ code: row.code, name: row.name, type: row.type, mergedIntoCode: row.mergedIntoCode, validTo: row.validTo?.toISOString().slice(0, 10) ?? null }));
}

export const getUnits = unstable_cache(loadUnits, ['administrative-units'], { tags: [TAGS.register], revalidate: SAFETY_REVALIDATE_SECONDS });

export const unitsByCode = (units: UnitRef[]) => new Map(units.map((unit) => [unit.code, unit]));

export async function unitMap(): Promise<Map<string, UnitRef>> {
  return unitsByCode(await getUnits());
}

export async function readRegisterQuery(params: Record<string, string | string[] | undefined>): Promise<RegisterQuery> {
  const [awards, units] = await Promise.all([getAwards(), getUnits()]);
  return parseRegisterQuery(params, {
    awards,
    awardSlugs: new Map(awards.map((award) => [award.id, award.slug])),
    unitCodes: new Set(units.map((unit) => unit.code)),
    thisYear: Number(vietnamDateOf(new Date()).slice(0, 4)),
  });
}

type GrantRecord = {
  id: number;
  displayName: string;
  recipientKind: RecipientKind;
  jobTitle: string;
  unit: string;
  communeCode: string | null;
  citation: string;
  posthumous: boolean;
  publishLevel: PublishLevel;
  awardClass: string | null;
  achievementYear: number;
  awardName: string;
  awardSlug: string;
  number: string;
  decisionSlug: string;
  issuedOn: Date;
  issuer: string;
  /** The exemplary-model profile of the recipient, when it is public. */
  profileSlug?: string | null;
};

/** One grant as anyone may see it. Fields the publication level withholds are null. */
export type RegisterRow = {
  id: number;
  name: string;
  kind: RecipientKind;
  jobTitle: string | null;
  unit: string;
  commune: string | null;
  citation: string | null;
  posthumous: boolean;
  award: string;
  awardSlug: string;
  awardClass: string | null;
  achievementYear: number;
  decision: { number: string; slug: string; issuedOn: string; issuer: string };
  profileSlug: string | null;
};

export function publicRow(record: GrantRecord, units: Map<string, UnitRef>): RegisterRow {
  const full = record.publishLevel === 'FULL';
  return {
    id: record.id,
    name: record.displayName,
    kind: record.recipientKind,
    jobTitle: full ? record.jobTitle : null,
    unit: record.unit,
    commune: full && record.communeCode ? unitLabel(record.communeCode, units) : null,
    citation: full ? record.citation : null,
    posthumous: record.posthumous,
    award: record.awardClass ? `${record.awardName} hạng ${record.awardClass}` : record.awardName,
    awardSlug: record.awardSlug,
    awardClass: record.awardClass,
    achievementYear: record.achievementYear,
    decision: { number: record.number, slug: record.decisionSlug, issuedOn: record.issuedOn.toISOString().slice(0, 10), issuer: record.issuer },
    profileSlug: record.profileSlug ?? null,
  };
}

export const GRANT_COLUMNS = Prisma.sql`g."id", g."displayName", g."recipientKind"::text AS "recipientKind", g."jobTitle", g."unit", g."communeCode", g."citation",
  g."posthumous", g."publishLevel"::text AS "publishLevel", g."awardClass", g."achievementYear", t."name" AS "awardName", t."slug" AS "awardSlug",
  d."number", d."slug" AS "decisionSlug", d."issuedOn", d."issuer",
  (SELECT p."slug" FROM "ExemplaryProfile" p JOIN "Article" a ON a."id" = p."articleId"
    WHERE p."id" = g."profileId" AND ${publicArticleSql('a')}) AS "profileSlug"`;

/** The WHERE of a query over listed grants (g), their award type (t) and decision (d). */
export function whereOf(query: RegisterQuery, units: Map<string, UnitRef>): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`g."listed"`];
  // Each word starts a word of the name (searchName is " nguyen van a ", kept by the database).
  for (const word of query.words) parts.push(Prisma.sql`g."searchName" LIKE ${`% ${word}%`}`);
  if (query.awardSlug) parts.push(Prisma.sql`t."slug" = ${query.awardSlug}`);
  if (query.awardClass) parts.push(Prisma.sql`g."awardClass" = ${query.awardClass}`);
  if (query.year) parts.push(Prisma.sql`g."issuedOn" >= ${new Date(`${query.year}-01-01`)}::date AND g."issuedOn" < ${new Date(`${query.year + 1}-01-01`)}::date`);
  if (query.unitCode) {
    const family = unitFamily(query.unitCode, units);
    parts.push(Prisma.sql`g."communeCode" = ANY(${family}::text[]) AND g."publishLevel" = 'FULL'`);
  }
  if (query.kind) parts.push(Prisma.sql`g."recipientKind" = ${query.kind}::"RecipientKind"`);
  if (query.level) parts.push(Prisma.sql`g."level" = ${query.level}::"AwardLevel"`);
  return Prisma.join(parts, ' AND ');
}

/** Exact names first when a name was typed, then the newest decisions, then the order of each list. */
function orderOf(query: RegisterQuery): Prisma.Sql {
  const exact = query.words.length > 0 ? Prisma.sql`(g."searchName" = ${` ${query.words.join(' ')} `}) DESC, ` : Prisma.empty;
  return Prisma.sql`${exact}g."issuedOn" DESC, g."decisionId" DESC, g."position" ASC`;
}

function readRows(query: RegisterQuery, units: Map<string, UnitRef>, offset: number, limit: number): Promise<GrantRecord[]> {
  const where = whereOf(query, units);
  return readerDb.$queryRaw<GrantRecord[]>`
    SELECT ${GRANT_COLUMNS}
    FROM "AwardGrant" g JOIN "AwardType" t ON t."id" = g."awardTypeId" JOIN "AwardDecision" d ON d."id" = g."decisionId"
    WHERE ${where}
    ORDER BY ${orderOf(query)}
    OFFSET ${offset} LIMIT ${limit}`;
}

/** Above this many matches a search says "more than" instead of counting them all. */
export const COUNT_CAP = 10_000;
/** The CSV of a query has at most this many rows, the first of the page's order. */
export const CSV_MAX_ROWS = 100_000;

/**
 * One page of a query, and how many rows it has: counted exactly up to COUNT_CAP (then
 * `capped`), so a common word does not make every visit count the whole register.
 * `units`: every unit by code (unitMap).
 */
export async function searchRegister(query: RegisterQuery, units: Map<string, UnitRef>): Promise<{ rows: RegisterRow[]; total: number; capped: boolean }> {
  const where = whereOf(query, units);
  const [records, [{ total }]] = await Promise.all([
    readRows(query, units, (query.page - 1) * PAGE_SIZE, PAGE_SIZE),
    readerDb.$queryRaw<{ total: number }[]>`
      SELECT count(*)::int AS "total" FROM (
        SELECT 1 FROM "AwardGrant" g JOIN "AwardType" t ON t."id" = g."awardTypeId" WHERE ${where} LIMIT ${COUNT_CAP + 1}
      ) AS matches`,
  ]);
  return { rows: records.map((record) => publicRow(record, units)), total: Math.min(total, COUNT_CAP), capped: total > COUNT_CAP };
}

async function loadRegisterTotal(): Promise<number> {
  const [{ total }] = await readerDb.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS "total" FROM "AwardGrant" WHERE "listed"`;
  return total;
}

/** How many grants the register lists in all (its first page says so exactly). */
export const getRegisterTotal = unstable_cache(loadRegisterTotal, ['register-total'], { tags: [TAGS.register], revalidate: SAFETY_REVALIDATE_SECONDS });

/** Every row of a query, in the page's order, a batch at a time (for the CSV). */
export async function* registerBatches(query: RegisterQuery, units: Map<string, UnitRef>, batchSize = 1000, max = CSV_MAX_ROWS): AsyncGenerator<RegisterRow[]> {
  for (let offset = 0; offset < max; offset += batchSize) {
    const records = await readRows(query, units, offset, Math.min(batchSize, max - offset));
    if (records.length === 0) return;
    yield records.map((record) => publicRow(record, units));
    if (records.length < batchSize) return;
  }
}

export const REGISTER_CSV_HEADER = ['STT', 'Họ và tên / Tên tập thể', 'Đối tượng', 'Chức vụ', 'Đơn vị', 'Xã, phường', 'Hình thức khen thưởng', 'Truy tặng', 'Năm thành tích', 'Số quyết định', 'Ngày ký', 'Cơ quan ban hành', 'Thành tích', 'Địa chỉ trang quyết định'];

export function registerCsvRow(row: RegisterRow, index: number, siteUrl: string): (string | number)[] {
  return [
    index,
    row.name,
    RECIPIENT_LABELS[row.kind],
    row.jobTitle ?? '',
    row.unit,
    row.commune ?? '',
    row.award,
    row.posthumous ? 'Truy tặng' : '',
    row.achievementYear,
    row.decision.number,
    row.decision.issuedOn.split('-').reverse().join('/'),
    row.decision.issuer,
    row.citation ?? '',
    `${siteUrl}/quyet-dinh-khen-thuong/${row.decision.slug}`,
  ];
}

async function readRegisterYears(): Promise<number[]> {
  const rows = await readerDb.$queryRaw<{ year: number }[]>`
    SELECT DISTINCT extract(year FROM "issuedOn")::int AS "year" FROM "AwardGrant" WHERE "listed" ORDER BY 1 DESC`;
  return rows.map((row) => row.year);
}

/** The years that have listed grants, newest first (the register's year filter). */
export const getRegisterYears = unstable_cache(readRegisterYears, ['register-years'], { tags: [TAGS.register], revalidate: SAFETY_REVALIDATE_SECONDS });
