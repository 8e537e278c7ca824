/**
 * Unicode NFC: Vietnamese keyboards send both precomposed and combining forms. Also made
 * storable: a lone surrogate (half of an emoji cut off) becomes U+FFFD and NUL, which
 * PostgreSQL cannot keep in text or JSON, is dropped.
 */
export function nfc(value: string): string {
  return value.toWellFormed().normalize('NFC').replace(/\u0000/g, '');
}

/** NFC and trimmed, with runs of white space folded to one space. */
export function cleanLine(value: string): string {
  return nfc(value).replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Every string inside a JSON-like value, normalized to NFC. */
export function nfcDeep<T>(value: T): T {
  if (typeof value === 'string') return nfc(value) as T;
  if (Array.isArray(value)) return value.map((item) => nfcDeep(item)) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, nfcDeep(item)])) as T;
  }
  return value;
}

/** Lower case without diacritics, đ → d: the form both search and slugs compare in. */
export function foldVietnamese(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}
