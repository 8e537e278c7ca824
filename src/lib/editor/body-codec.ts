import type { JSONContent } from '@tiptap/core';
import type { BlockNode, BodyDoc, InlineNode, ListItemNode, Mark, ParagraphNode, TableCellNode } from '@/lib/content/body-schema';
import { isEmptyParagraph } from '@/lib/content/body-text';
import { nfc } from '@/lib/text/normalize';

// Between the editor and the wire. `toBodyDoc` turns what Tiptap's getJSON() returns
// (objects with null prototypes, default attributes spelled out) into the stored form,
// node by node and attribute by attribute; `toEditorContent` is its inverse. The form
// sends `JSON.stringify(toBodyDoc(…))`, a plain string, and the server checks it against
// the same schema, so nothing depends on how a framework would have encoded the objects.
//
// The only changes made on the way: text in NFC, marks in one order, and empty
// paragraphs between blocks (left by pastes and by the Enter key) dropped.

/** What Tiptap's getJSON() returns and setContent() takes. */
export type EditorJson = JSONContent;

export class BodyCodecError extends Error {}

const MARK_ORDER = ['bold', 'italic', 'link'] as const;

function unknown(type: string | undefined): never {
  throw new BodyCodecError(`Trình soạn thảo tạo ra loại nội dung “${type ?? '?'}” mà cổng chưa lưu được; vui lòng xoá phần đó rồi lưu lại.`);
}

function marksOf(node: EditorJson): Mark[] | undefined {
  const marks = (node.marks ?? []).map((mark): Mark => {
    if (mark.type === 'bold' || mark.type === 'italic') return { type: mark.type };
    if (mark.type === 'link') return { type: 'link', attrs: { href: String(mark.attrs?.href ?? '') } };
    return unknown(mark.type);
  });
  marks.sort((a, b) => MARK_ORDER.indexOf(a.type) - MARK_ORDER.indexOf(b.type));
  return marks.length > 0 ? marks : undefined;
}

function inline(nodes: EditorJson[] | undefined): InlineNode[] | undefined {
  const out: InlineNode[] = [];
  for (const node of nodes ?? []) {
    if (node.type === 'hardBreak') out.push({ type: 'hardBreak' });
    else if (node.type === 'text') {
      if (!node.text) continue;
      const marks = marksOf(node);
      out.push(marks ? { type: 'text', text: nfc(node.text), marks } : { type: 'text', text: nfc(node.text) });
    } else unknown(node.type);
  }
  return out.length > 0 ? out : undefined;
}

function paragraph(node: EditorJson): ParagraphNode {
  if (node.type !== 'paragraph') unknown(node.type);
  const content = inline(node.content);
  return content ? { type: 'paragraph', content } : { type: 'paragraph' };
}

function listItem(node: EditorJson): ListItemNode {
  if (node.type !== 'listItem') unknown(node.type);
  const [first, ...rest] = node.content ?? [];
  const blocks = rest.map((child) => (child.type === 'paragraph' ? paragraph(child) : list(child)));
  return { type: 'listItem', content: [paragraph(first ?? { type: 'paragraph' }), ...blocks] };
}

function list(node: EditorJson): Extract<BlockNode, { type: 'bulletList' | 'orderedList' }> {
  const items = (node.content ?? []).map(listItem);
  if (node.type === 'bulletList') return { type: 'bulletList', content: items };
  if (node.type !== 'orderedList') unknown(node.type);
  const start = Number(node.attrs?.start ?? 1);
  return Number.isInteger(start) && start !== 1 ? { type: 'orderedList', attrs: { start }, content: items } : { type: 'orderedList', content: items };
}

function cell(node: EditorJson): TableCellNode {
  if (node.type !== 'tableCell' && node.type !== 'tableHeader') unknown(node.type);
  const attrs: { colspan?: number; rowspan?: number } = {};
  for (const key of ['colspan', 'rowspan'] as const) {
    const value = Number(node.attrs?.[key] ?? 1);
    if (Number.isInteger(value) && value > 1) attrs[key] = value;
  }
  const content = (node.content ?? [{ type: 'paragraph' }]).map(paragraph);
  return Object.keys(attrs).length > 0 ? { type: node.type, attrs, content } : { type: node.type, content };
}

function block(node: EditorJson): BlockNode {
  switch (node.type) {
    case 'paragraph':
      return paragraph(node);
    case 'heading': {
      const level = Number(node.attrs?.level);
      const content = inline(node.content);
      const attrs = { level: (level === 3 || level === 4 ? level : 2) as 2 | 3 | 4 };
      return content ? { type: 'heading', attrs, content } : { type: 'heading', attrs };
    }
    case 'bulletList':
    case 'orderedList':
      return list(node);
    case 'blockquote':
      return { type: 'blockquote', content: (node.content ?? []).map(paragraph) };
    case 'figure':
      return { type: 'figure', attrs: { mediaId: Number(node.attrs?.mediaId) } };
    case 'photoSlot':
      return { type: 'photoSlot', attrs: { caption: nfc(String(node.attrs?.caption ?? '')) } };
    case 'grantList':
      return { type: 'grantList', attrs: { decision: String(node.attrs?.decision ?? '') } };
    case 'table': {
      const caption = nfc(String(node.attrs?.caption ?? '')).trim();
      const rows = (node.content ?? []).map((row) => {
        if (row.type !== 'tableRow') unknown(row.type);
        return { type: 'tableRow' as const, content: (row.content ?? []).map(cell) };
      });
      return caption ? { type: 'table', attrs: { caption }, content: rows } : { type: 'table', content: rows };
    }
    default:
      return unknown(node.type);
  }
}

/** The stored form of the editor's document. Throws BodyCodecError on a node it cannot keep. */
export function toBodyDoc(json: EditorJson): BodyDoc {
  const blocks = (json.content ?? []).map(block).filter((b) => !isEmptyParagraph(b as { type: string; content?: InlineNode[] }));
  return { type: 'doc', content: blocks };
}

/** What the editor loads for a stored body (an empty body is one empty paragraph). */
export function toEditorContent(body: BodyDoc): EditorJson {
  return body.content.length > 0 ? (body as JSONContent) : { type: 'doc', content: [{ type: 'paragraph' }] };
}
