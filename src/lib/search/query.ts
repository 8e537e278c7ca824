import { foldVietnamese, nfc } from '@/lib/text/normalize';

/** Longer queries are cut, not refused. */
export const MAX_QUERY_LENGTH = 200;
export const MIN_QUERY_LENGTH = 2;
const MAX_TOKENS = 12;

export type SearchQuery = {
  /** The query as shown back to the reader: NFC, control characters removed, cut. */
  text: string;
  /** Folded words (a–z, 0–9 only), in order. */
  tokens: string[];
  /** The folded words joined by spaces, for trigram similarity. */
  folded: string;
};

/**
 * tsquery texts for a query, built only from its folded tokens, so nothing typed can
 * inject tsquery syntax: every word, and the words as a phrase. With `prefix`, the last
 * word also matches longer words ("thi du" finds "thi đua").
 */
export type TsQueries = { all: string; phrase: string };

export function tsQueries(tokens: string[], prefix: boolean): TsQueries {
  const last = tokens.length - 1;
  const terms = tokens.map((token, i) => (prefix && i === last ? `${token}:*` : token));
  return { all: terms.join(' & '), phrase: terms.join(' <-> ') };
}

export type QueryProblem = 'empty' | 'too_short' | 'no_words';

export function cleanQuery(raw: string): string {
  return nfc(raw)
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\ufeff]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH)
    .trim();
}

/** Words of a text in folded form: "Thi đua, KHEN thưởng!" → ["thi", "dua", "khen", "thuong"]. */
export function foldedWords(text: string): string[] {
  return foldVietnamese(text).match(/[a-z0-9]+/g) ?? [];
}

/** What the reader typed, as folded words; or why there is nothing to search for. */
export function parseQuery(raw: string): SearchQuery | QueryProblem {
  const text = cleanQuery(raw);
  if (!text) return 'empty';
  const tokens = foldedWords(text).slice(0, MAX_TOKENS);
  if (tokens.length === 0) return 'no_words';
  if (tokens.join('').length < MIN_QUERY_LENGTH) return 'too_short';
  return { text, tokens, folded: tokens.join(' ') };
}
