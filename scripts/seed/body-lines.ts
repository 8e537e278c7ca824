import type { BlockNode, BodyDoc } from '../../src/lib/content/body-schema';

const text = (value: string) => (value ? [{ type: 'text' as const, text: value }] : undefined);

const cells = (line: string) => line.slice(2).split(' | ').map((cell) => cell.trim());

/**
 * Demo body lines to a body document: "## " heading, "> " quote, "- " list item (runs
 * of them make one list), "[ảnh N]" the article's photo N (1-based), "| a | b" a table
 * row (runs make one table, the first row its header; a "Bảng: …" line just before is
 * its caption), else a paragraph.
 */
export function linesToBody(lines: string[], photoIds: number[]): BodyDoc {
  const content: BlockNode[] = [];
  for (const line of lines) {
    const photo = /^\[ảnh (\d+)\]$/.exec(line);
    const last = content.at(-1);
    if (photo) {
      const mediaId = photoIds[Number(photo[1]) - 1];
      if (mediaId) content.push({ type: 'figure', attrs: { mediaId } });
    } else if (line.startsWith('## ')) {
      content.push({ type: 'heading', attrs: { level: 2 }, content: text(line.slice(3)) });
    } else if (line.startsWith('> ')) {
      content.push({ type: 'blockquote', content: [{ type: 'paragraph', content: text(line.slice(2)) }] });
    } else if (line.startsWith('| ')) {
      const table = last?.type === 'table' ? last : null;
      const type = table && table.content.length > 0 ? ('tableCell' as const) : ('tableHeader' as const);
      const row = { type: 'tableRow' as const, content: cells(line).map((cell) => ({ type, content: [{ type: 'paragraph' as const, content: text(cell) }] })) };
      if (table) table.content.push(row);
      else content.push({ type: 'table', content: [row] });
    } else if (line.startsWith('Bảng: ')) {
      content.push({ type: 'table', attrs: { caption: line.slice(6) }, content: [] });
    } else if (line.startsWith('- ')) {
      const item = { type: 'listItem' as const, content: [{ type: 'paragraph' as const, content: text(line.slice(2)) }] };
      if (last?.type === 'bulletList') last.content.push(item);
      else content.push({ type: 'bulletList', content: [item] });
    } else {
      content.push({ type: 'paragraph', content: text(line) });
    }
  }
  return { type: 'doc', content };
}
