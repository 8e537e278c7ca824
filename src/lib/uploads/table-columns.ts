// The columns of a list typed by people: headers are matched folded (no diacritics, lower
// case) against the names people write, each header taking the first column it starts
// with; the header row is the first that has every required column.
import { cleanLine, foldVietnamese } from '@/lib/text/normalize';

export type HeaderNames<C extends string> = readonly (readonly [C, readonly string[]])[];

export function columnOf<C extends string>(header: string, names: HeaderNames<C>): C | null {
  const folded = foldVietnamese(header).replace(/\s+/g, ' ').trim();
  if (!folded || folded === 'stt' || folded === 'tt') return null;
  for (const [column, starts] of names) if (starts.some((start) => folded.startsWith(start))) return column;
  return null;
}

export type TableRow<C extends string> = { line: number; cells: Record<C, string> };

/**
 * The rows under the header, as cells by column (the first column of a kind wins), blank
 * rows skipped. `multiline` columns keep their line breaks; the others are one line.
 * null when no row has the required columns.
 */
export function readColumns<C extends string>(
  table: string[][],
  names: HeaderNames<C>,
  required: readonly C[],
  multiline: readonly C[] = [],
): TableRow<C>[] | null {
  const headerIndex = table.findIndex((row) => {
    const columns = row.map((cell) => columnOf(cell ?? '', names));
    return required.every((column) => columns.includes(column));
  });
  if (headerIndex < 0) return null;
  const columns = table[headerIndex].map((cell) => columnOf(cell ?? '', names));
  const rows: TableRow<C>[] = [];
  for (let index = headerIndex + 1; index < table.length; index += 1) {
    const raw = table[index];
    if (raw.every((cell) => cleanLine(cell ?? '') === '')) continue;
    const cells = Object.fromEntries(names.map(([column]) => [column, ''])) as Record<C, string>;
    columns.forEach((column, i) => {
      if (column && !cells[column]) cells[column] = multiline.includes(column) ? (raw[i] ?? '').normalize('NFC').trim() : cleanLine(raw[i] ?? '');
    });
    rows.push({ line: index + 1, cells });
  }
  return rows;
}
