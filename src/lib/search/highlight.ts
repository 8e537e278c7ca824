import { foldVietnamese } from '@/lib/text/normalize';

export type Segment = { text: string; match: boolean };

/**
 * The text folded one character at a time, keeping where each folded character came
 * from, so matches found in folded form can be marked in the original.
 */
function foldWithMap(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const f = foldVietnamese(char);
    for (let i = 0; i < f.length; i += 1) origin.push(index);
    folded += f;
    index += char.length;
  }
  origin.push(text.length);
  return { folded, origin };
}

/** [start, end) ranges in `text` of whole words equal to a token (with `prefix`, the last one may start a word). */
export function matchRanges(text: string, tokens: string[], prefix = false): [number, number][] {
  if (tokens.length === 0) return [];
  const { folded, origin } = foldWithMap(text);
  const ranges: [number, number][] = [];
  const word = /[a-z0-9]+/g;
  for (let m = word.exec(folded); m; m = word.exec(folded)) {
    const hit = tokens.some((token, i) => m![0] === token || (prefix && i === tokens.length - 1 && m![0].startsWith(token)));
    if (!hit) continue;
    ranges.push([origin[m.index], origin[m.index + m[0].length]]);
  }
  return ranges;
}

/**
 * Matches separated only by spaces, or by one separator inside a number, become one mark:
 * "thi đua khen thưởng", "2025-2030", "98/2023/NĐ-CP".
 */
function mergeRanges(text: string, ranges: [number, number][]): [number, number][] {
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const previous = merged.at(-1);
    if (previous && /^(?: +|[-–—/.])$/.test(text.slice(previous[1], range[0]))) previous[1] = range[1];
    else merged.push([...range]);
  }
  return merged;
}

export function segments(text: string, ranges: [number, number][]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const [start, end] of mergeRanges(text, ranges)) {
    if (start > at) out.push({ text: text.slice(at, start), match: false });
    out.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), match: false });
  return out;
}

/** The whole text with every matched word marked (for titles). */
export function highlight(text: string, tokens: string[], prefix = false): Segment[] {
  return segments(text, matchRanges(text, tokens, prefix));
}

/**
 * About `size` characters of `text` around its densest run of matches, cut at word
 * boundaries, with the matches marked; null when nothing matches.
 */
export function snippet(text: string, tokens: string[], prefix = false, size = 220): Segment[] | null {
  const flat = text.replace(/\s+/g, ' ').trim();
  const ranges = matchRanges(flat, tokens, prefix);
  if (ranges.length === 0) return null;
  let best = 0;
  let bestCount = 0;
  for (let i = 0; i < ranges.length; i += 1) {
    const count = ranges.filter(([s]) => s >= ranges[i][0] && s < ranges[i][0] + size * 0.7).length;
    if (count > bestCount) {
      best = i;
      bestCount = count;
    }
  }
  let start = Math.max(0, ranges[best][0] - Math.floor(size * 0.3));
  let end = Math.min(flat.length, start + size);
  if (start > 0) start = flat.indexOf(' ', start) + 1 || start;
  if (end < flat.length) end = flat.lastIndexOf(' ', end) > start ? flat.lastIndexOf(' ', end) : end;
  const window = flat.slice(start, end);
  const inside = ranges.filter(([s, e]) => s >= start && e <= end).map(([s, e]) => [s - start, e - start] as [number, number]);
  const parts = segments(window, inside);
  if (start > 0) parts.unshift({ text: '… ', match: false });
  if (end < flat.length) parts.push({ text: ' …', match: false });
  return parts;
}

/** How many of the tokens a text contains as words (with `prefix`, the last one may start a word). */
export function coverage(text: string, tokens: string[], prefix = false): number {
  const words = new Set(foldVietnamese(text).match(/[a-z0-9]+/g) ?? []);
  const last = tokens[tokens.length - 1];
  return new Set(tokens).size === 0
    ? 0
    : [...new Set(tokens)].filter((token) => words.has(token) || (prefix && token === last && [...words].some((word) => word.startsWith(token)))).length;
}

/**
 * The part of a long text (an attachment's) around its first match, so marking does
 * not walk half a megabyte. Folding keeps NFC Vietnamese text's length, so positions in
 * the folded text are close to those in the original.
 */
export function around(text: string, tokens: string[], radius = 1500): string {
  if (text.length <= radius * 2) return text;
  const folded = foldVietnamese(text);
  const positions = tokens.map((token) => folded.search(new RegExp(`(^|[^a-z0-9])${token}`))).filter((p) => p >= 0);
  const at = positions.length ? Math.min(...positions) : 0;
  return text.slice(Math.max(0, at - radius), at + radius);
}
