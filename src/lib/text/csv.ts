// CSV as spreadsheets open it: UTF-8 with a byte-order mark (Excel then reads Vietnamese
// letters as they are), CRLF line ends, quotes where a cell needs them, and any cell that
// a spreadsheet would run as a formula (= + - @ at the start) kept as text.

export const CSV_BOM = '\uFEFF';

export function csvCell(value: string | number | null | undefined): string {
  const text = value == null ? '' : String(value).normalize('NFC');
  const safe = typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const csvLine = (cells: readonly (string | number | null | undefined)[]) => `${cells.map(csvCell).join(',')}\r\n`;

/** A whole file: the BOM, the header, the rows. */
export function csvText(header: readonly string[], rows: Iterable<readonly (string | number | null | undefined)[]>): string {
  let text = CSV_BOM + csvLine(header);
  for (const row of rows) text += csvLine(row);
  return text;
}

/**
 * A file sent as it is read: `pages` yields rows a batch at a time, so a long export holds
 * one batch in memory, never the whole file.
 */
export function csvStream(header: readonly string[], pages: AsyncIterable<readonly (readonly (string | number | null | undefined)[])[]>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = pages[Symbol.asyncIterator]();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(CSV_BOM + csvLine(header)));
        return;
      }
      const next = await iterator.next();
      if (next.done) {
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(next.value.map(csvLine).join('')));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
