import 'server-only';
import { unstable_cache } from 'next/cache';
import { Prisma } from '@/generated/prisma/client';
import { TAGS } from '@/lib/content/cache-tags';
import { readerDb } from '@/lib/db';
import { numberPattern, numberQueryWords } from '@/lib/documents/number-query';
import { getDocumentIndex, withValidity, type DocumentWithValidity } from '@/lib/documents/public-documents';
import { getPublicForms, getPublicProcedures, type PublicForm, type PublicProcedure } from '@/lib/documents/public-library';
import { foldedWords, tsQueries, type SearchQuery } from './query';

// Published documents matching a query, best first: the document the query names by its
// number ("98/2023", "98/2023/NĐ-CP", "nghị định 98": a run of the words of its type and
// number); then documents with every word in their type, number or summary; then those
// with every word anywhere, the text inside their files included. Newest first within a
// rank. The number rank needs a number in the query ("nghị định" alone names none).

export const DOCUMENT_SEARCH_LIMIT = 1000;

async function rankedIds(words: string[], prefix: boolean): Promise<number[]> {
  const q = tsQueries(words, prefix);
  const named = words.some((word) => /\d/.test(word)) ? Prisma.sql`d."headWords" LIKE ${numberPattern(words)}` : Prisma.sql`false`;
  const rows = await readerDb.$queryRaw<{ id: number }[]>`
    SELECT d."id" FROM "LegalDocument" d, to_tsquery('simple', ${q.all}) AS all_words
    WHERE d."status" = 'PUBLISHED' AND d."words" @@ all_words
    ORDER BY CASE
        WHEN ${named} THEN 3
        WHEN to_tsvector('simple', d."headWords" || ' ' || portal_words(d."summary")) @@ all_words THEN 2
        ELSE 1 END DESC,
      d."issuedOn" DESC, d."id" DESC
    LIMIT ${DOCUMENT_SEARCH_LIMIT}`;
  return rows.map((row) => row.id);
}

/** Whole words first; only when they find nothing is the last word taken as a prefix (a half-typed word). */
export async function findDocumentIds(tokens: string[]): Promise<number[]> {
  const words = numberQueryWords(tokens);
  if (words.length === 0) return [];
  const whole = await rankedIds(words, false);
  return whole.length > 0 ? whole : rankedIds(words, true);
}

export function searchDocumentIds(query: SearchQuery): Promise<number[]> {
  return unstable_cache(() => findDocumentIds(query.tokens), ['document-search', query.folded], { tags: [TAGS.documents], revalidate: 300 })();
}

export type DocumentHits = { documents: DocumentWithValidity[]; total: number; procedures: PublicProcedure[]; forms: PublicForm[] };

/** Whether every query word starts a word of the text ("tang bang khen" in a procedure's name). */
function hasWords(text: string, tokens: string[]): boolean {
  const words = foldedWords(text);
  return tokens.every((token) => words.some((word) => word.startsWith(token)));
}

/** The site search's block of documents (the first five, with their validity today), procedures and forms. */
export async function searchPublicDocuments(query: SearchQuery, today: string): Promise<DocumentHits> {
  const [ids, index, procedures, forms] = await Promise.all([searchDocumentIds(query), getDocumentIndex(), getPublicProcedures(), getPublicForms()]);
  const byId = new Map(index.map((document) => [document.id, document]));
  const found = ids.flatMap((id) => byId.get(id) ?? []);
  return {
    documents: found.slice(0, 5).map((document) => withValidity(document, today)),
    total: found.length,
    procedures: procedures.filter((row) => hasWords(`${row.name} ${row.nationalCode}`, query.tokens)).slice(0, 5),
    forms: forms.filter((row) => hasWords(`${row.code} ${row.title}`, query.tokens)).slice(0, 5),
  };
}
