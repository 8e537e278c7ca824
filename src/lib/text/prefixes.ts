import { foldVietnamese, nfc } from './normalize';

// Newsroom habits the page already prints for the editor: "Ảnh: " before every caption
// and "(Source) – " before the sapo. Typed or pasted again, they would print twice, so
// they are recognised here (whatever the spacing, dash, colon or case) and taken off.

const DASHES = '\\-‐‑‒–—―−';
const CAPTION_PREFIX = new RegExp(`^\\s*ảnh\\s*[:：${DASHES}]\\s*`, 'iu');

/** "Ảnh: Toàn cảnh Hội nghị" → "Toàn cảnh Hội nghị" (also "ẢNH -", "ảnh–", NFD input). */
export function stripCaptionPrefix(caption: string): string {
  let text = nfc(caption);
  while (CAPTION_PREFIX.test(text)) text = text.replace(CAPTION_PREFIX, '');
  return text.trim();
}

/** Whether a pasted line is a photo caption ("Ảnh: …") rather than a paragraph. */
export function isCaptionLine(line: string): boolean {
  const text = nfc(line).trim();
  return CAPTION_PREFIX.test(text) && stripCaptionPrefix(text).length > 0 && text.length <= 600;
}

const PARENTHESIZED = new RegExp(`^\\s*[(（]\\s*([^()（）\\n]{1,80}?)\\s*[)）]\\s*[${DASHES}:]+\\s*`, 'u');
const UNBRACKETED = new RegExp(`^\\s*(.{1,80}?)\\s*[${DASHES}:]+\\s*`, 'u');

const same = (a: string, b: string) => foldVietnamese(a).replace(/\s+/g, '') === foldVietnamese(b).replace(/\s+/g, '');

/**
 * A sapo typed or pasted with its source in front ("(Vinhlong.gov.vn) – Uỷ ban…") is
 * split: the source goes to its own field and the sapo keeps the rest. An unbracketed
 * prefix ("Vinhlong.gov.vn – …") is only recognised when it names the known source.
 */
export function splitSapoSource(sapo: string, source: string, siteName = ''): { sapo: string; source: string } {
  let text = nfc(sapo);
  let found = nfc(source).trim();
  for (;;) {
    const bracketed = PARENTHESIZED.exec(text);
    if (bracketed) {
      found = bracketed[1].trim();
      text = text.slice(bracketed[0].length);
      continue;
    }
    const head = UNBRACKETED.exec(text);
    if (!head || ![found, siteName].some((name) => name && same(head[1], name))) break;
    text = text.slice(head[0].length);
  }
  return { sapo: text.trim(), source: found };
}

/** The lead as the page prints it: "(Source) – sapo". */
export function printedSapo(sapo: string, source: string, siteName: string): string {
  return `(${source.trim() || siteName}) – ${sapo.trim()}`;
}
