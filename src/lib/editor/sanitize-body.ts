import { bodySchema, linkHref, type BodyDoc } from '@/lib/content/body-schema';
import { nfc } from '@/lib/text/normalize';

// The server's allowlist for rich text. Whatever a browser sends (pasted HTML turned into
// editor JSON, or a hand-made request) is rebuilt from scratch: only known node types,
// marks and attributes survive; scripts, event handlers, styles, iframes and
// `javascript:` links have nowhere to go. The result is then checked by bodySchema.

type Json = unknown;
type Obj = Record<string, Json>;

const isObj = (value: Json): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);
const children = (node: Obj): Json[] => (Array.isArray(node.content) ? node.content : []);

function cleanMarks(marks: Json): Obj[] | undefined {
  if (!Array.isArray(marks)) return undefined;
  const out: Obj[] = [];
  for (const mark of marks) {
    if (!isObj(mark)) continue;
    if ((mark.type === 'bold' || mark.type === 'italic') && !out.some((m) => m.type === mark.type)) out.push({ type: mark.type });
    if (mark.type === 'link' && isObj(mark.attrs) && !out.some((m) => m.type === 'link')) {
      const href = linkHref.safeParse(mark.attrs.href);
      if (href.success) out.push({ type: 'link', attrs: { href: href.data } });
    }
  }
  return out.length > 0 ? out : undefined;
}

function cleanInline(nodes: Json[]): Obj[] {
  const out: Obj[] = [];
  for (const node of nodes) {
    if (!isObj(node)) continue;
    if (node.type === 'hardBreak') out.push({ type: 'hardBreak' });
    if (node.type === 'text' && typeof node.text === 'string' && node.text.length > 0) {
      const marks = cleanMarks(node.marks);
      out.push(marks ? { type: 'text', text: nfc(node.text), marks } : { type: 'text', text: nfc(node.text) });
    }
  }
  return out;
}

function paragraph(content: Obj[]): Obj {
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
}

/** Paragraphs inside a list item or quote; nested blocks are flattened to their text. */
function innerParagraphs(node: Obj): Obj[] {
  const out: Obj[] = [];
  for (const child of children(node)) {
    if (!isObj(child)) continue;
    if (child.type === 'paragraph' || child.type === 'heading') out.push(paragraph(cleanInline(children(child))));
    else out.push(...innerParagraphs(child));
  }
  return out;
}

function cleanBlock(node: Json): Obj[] {
  if (!isObj(node)) return [];
  switch (node.type) {
    case 'paragraph':
      return [paragraph(cleanInline(children(node)))];
    case 'heading': {
      const level = isObj(node.attrs) ? Number(node.attrs.level) : 2;
      const content = cleanInline(children(node));
      return [{ type: 'heading', attrs: { level: Math.min(4, Math.max(2, Number.isFinite(level) ? level : 2)) }, ...(content.length ? { content } : {}) }];
    }
    case 'bulletList':
    case 'orderedList': {
      const items = children(node)
        .filter(isObj)
        .map((item) => innerParagraphs(item))
        .filter((paragraphs) => paragraphs.length > 0)
        .map((paragraphs) => ({ type: 'listItem', content: paragraphs }));
      return items.length > 0 ? [{ type: node.type, content: items }] : [];
    }
    case 'blockquote': {
      const paragraphs = innerParagraphs(node);
      return paragraphs.length > 0 ? [{ type: 'blockquote', content: paragraphs }] : [];
    }
    case 'figure': {
      const mediaId = isObj(node.attrs) ? Number(node.attrs.mediaId) : NaN;
      return Number.isInteger(mediaId) && mediaId > 0 ? [{ type: 'figure', attrs: { mediaId } }] : [];
    }
    default:
      // Unknown blocks (code, tables, embeds…) keep their text as paragraphs.
      return innerParagraphs(node);
  }
}

/** Trailing empty paragraphs are what an editor leaves behind; they are not content. */
function trimEmpty(blocks: Obj[]): Obj[] {
  let end = blocks.length;
  while (end > 0 && blocks[end - 1].type === 'paragraph' && !blocks[end - 1].content) end -= 1;
  return blocks.slice(0, end);
}

export type SanitizeResult = { ok: true; body: BodyDoc } | { ok: false; message: string };

export function sanitizeBody(input: Json): SanitizeResult {
  const blocks = isObj(input) && input.type === 'doc' ? trimEmpty(children(input).flatMap(cleanBlock)) : [];
  const parsed = bodySchema.safeParse({ type: 'doc', content: blocks });
  if (parsed.success) return { ok: true, body: parsed.data };
  return { ok: false, message: 'Nội dung bài quá dài hoặc có phần không hợp lệ.' };
}
