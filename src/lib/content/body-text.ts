import type { BlockNode, BodyDoc, InlineNode, ListItemNode } from './body-schema';

/** A paragraph with nothing but white space and line breaks in it. */
export function isEmptyParagraph(block: { type: string; content?: InlineNode[] }): boolean {
  return block.type === 'paragraph' && (block.content ?? []).every((node) => node.type === 'hardBreak' || node.text.trim() === '');
}

function inlineText(content: InlineNode[] | undefined): string {
  return (content ?? []).map((node) => (node.type === 'text' ? node.text : '\n')).join('');
}

function itemText(item: ListItemNode): string[] {
  return item.content.flatMap((child) => (child.type === 'paragraph' ? [inlineText(child.content)] : child.content.flatMap(itemText)));
}

function blockText(block: BlockNode): string[] {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return [inlineText(block.content)];
    case 'bulletList':
    case 'orderedList':
      return block.content.flatMap(itemText);
    case 'blockquote':
      return block.content.map((p) => inlineText(p.content));
    case 'table':
      // One line a row, cells separated by " | ", after the caption.
      return [block.attrs?.caption ?? '', ...block.content.map((row) => row.content.map((cell) => cell.content.map((p) => inlineText(p.content)).join(' ')).join(' | '))];
    case 'figure':
    case 'photoSlot':
    case 'grantList':
      return [];
  }
}

/** The body as plain text, one block a line: for search, descriptions and feeds. */
export function bodyToText(body: BodyDoc): string {
  return body.content
    .flatMap(blockText)
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}

/** Media ids of the photos placed in the body, in order. */
export function bodyFigureIds(body: BodyDoc): number[] {
  return body.content.flatMap((block) => (block.type === 'figure' ? [block.attrs.mediaId] : []));
}

/** At most `max` characters, cut at a word boundary, with an ellipsis when cut. */
export function excerpt(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[,;:.\s]+$/, '')}…`;
}
