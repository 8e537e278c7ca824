// A name as people type it, folded the way the database folds names (portal_fold: NFC, no
// diacritics, đ → d, lower case): "NGUYỄN VĂN A", "nguyen van a" and a decomposed
// (NFD) "Nguyễn Văn A" give the same words. Each word must begin a word of the name.
import { foldVietnamese, nfc } from '@/lib/text/normalize';

export const MAX_NAME_WORDS = 8;

export function nameWords(query: string): string[] {
  return foldVietnamese(nfc(query))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .slice(0, MAX_NAME_WORDS)
    .map((word) => word.slice(0, 40));
}

/** The POSIX pattern for "a word of the folded name begins with `word`" (words are [a-z0-9] only). */
export const wordStartPattern = (word: string) => `(^|[^a-z0-9])${word}`;

/** The folded name as one string, for "is it exactly this name". */
export const foldedName = (query: string) => nameWords(query).join(' ');
