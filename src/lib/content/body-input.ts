import type { z } from 'zod';
import { bodySchema, MAX_LIST_DEPTH, type BodyDoc } from './body-schema';

// The body arrives from the editor as a JSON string the client serialized itself (never
// as an object left to a framework's encoder). It is parsed here and checked against the
// strict schema; anything the schema does not know is refused with a Vietnamese message
// that says where the problem is. Nothing is ever dropped silently.

export type BodyInputResult = { ok: true; body: BodyDoc } | { ok: false; message: string };

const MAX_CHARS = 3_000_000;
const MAX_DEPTH = 24;

const NODE_NAMES: Record<string, string> = {
  paragraph: 'đoạn văn',
  heading: 'tiêu đề mục',
  bulletList: 'danh sách chấm',
  orderedList: 'danh sách số',
  listItem: 'mục',
  blockquote: 'trích dẫn',
  figure: 'ảnh',
  photoSlot: 'chỗ ảnh',
  table: 'bảng',
  tableRow: 'hàng',
  tableCell: 'ô',
  tableHeader: 'ô tiêu đề',
  text: 'chữ',
  hardBreak: 'xuống dòng',
  bold: 'chữ đậm',
  italic: 'chữ nghiêng',
  link: 'liên kết',
};

type Json = unknown;
const isObj = (value: Json): value is Record<string, Json> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Deepest nesting of objects, and of lists inside lists. */
function depths(value: Json, depth = 0, lists = 0): { depth: number; lists: number } {
  let out = { depth, lists };
  if (depth > MAX_DEPTH) return out;
  const isList = isObj(value) && (value.type === 'bulletList' || value.type === 'orderedList');
  const children = Array.isArray(value) ? value : isObj(value) ? Object.values(value) : [];
  for (const child of children) {
    if (typeof child !== 'object' || child === null) continue;
    const inner = depths(child, depth + 1, lists + (isList ? 1 : 0));
    out = { depth: Math.max(out.depth, inner.depth), lists: Math.max(out.lists, inner.lists) };
    if (out.depth > MAX_DEPTH) break;
  }
  return { depth: out.depth, lists: Math.max(out.lists, lists + (isList ? 1 : 0)) };
}

/** "khối thứ 5 (bảng) › hàng 2 › ô 3" for a path into the document. */
function where(doc: Json, path: PropertyKey[]): string {
  const parts: string[] = [];
  let node: Json = doc;
  for (let i = 0; i < path.length; i += 1) {
    const key = path[i];
    if (!isObj(node) && !Array.isArray(node)) break;
    const next: Json = (node as Record<PropertyKey, Json>)[key as string];
    if (typeof key === 'number' && isObj(next)) {
      const type = typeof next.type === 'string' ? next.type : '';
      const name = NODE_NAMES[type] ?? (type ? `“${type.slice(0, 40)}”` : 'phần tử');
      const inDoc = path[i - 1] === 'content' && i === 1;
      if (inDoc) parts.push(`khối thứ ${key + 1} (${name})`);
      else if (type !== 'text' && type !== 'paragraph') parts.push(`${name} ${key + 1}`);
    }
    node = next;
  }
  return parts.join(' › ');
}

function describe(doc: Json, issue: z.core.$ZodIssue): string {
  const at = where(doc, issue.path.at(-1) === 'type' ? issue.path.slice(0, -1) : issue.path);
  const prefix = at ? `${at}: ` : '';
  switch (issue.code) {
    case 'invalid_union': {
      const path = issue.path.at(-1) === 'type' ? issue.path.slice(0, -1) : issue.path;
      const node = path.reduce<Json>((current, key) => (isObj(current) || Array.isArray(current) ? (current as Record<PropertyKey, Json>)[key as string] : undefined), doc);
      const type = isObj(node) && typeof node.type === 'string' ? node.type : null;
      if (type && !NODE_NAMES[type]) return `${prefix}loại nội dung “${type.slice(0, 40)}” không được hỗ trợ.`;
      return `${prefix}${issue.message && !issue.message.startsWith('Invalid') ? issue.message : 'cấu trúc không hợp lệ.'}`;
    }
    case 'unrecognized_keys':
      return `${prefix}có thuộc tính không được hỗ trợ (${issue.keys.map((key) => `“${key.slice(0, 40)}”`).join(', ')}).`;
    case 'too_big':
      return `${prefix}quá dài.`;
    case 'too_small':
      return `${prefix}đang trống.`;
    case 'custom':
      return `${prefix}${issue.message}`;
    default:
      return `${prefix}có giá trị không hợp lệ.`;
  }
}

/** The body as sent by the editor form: a JSON string of the document. */
export function parseBodyInput(raw: unknown): BodyInputResult {
  if (typeof raw !== 'string') return { ok: false, message: 'Nội dung gửi lên không đúng định dạng; vui lòng tải lại trang.' };
  if (raw.length > MAX_CHARS) return { ok: false, message: 'Nội dung bài quá dài (tối đa khoảng 3 triệu ký tự).' };
  let doc: Json;
  try {
    doc = JSON.parse(raw);
  } catch {
    return { ok: false, message: 'Nội dung gửi lên không đọc được; vui lòng thử lại.' };
  }
  const nesting = depths(doc);
  if (nesting.depth > MAX_DEPTH) return { ok: false, message: 'Nội dung lồng nhau quá sâu.' };
  if (nesting.lists > MAX_LIST_DEPTH) return { ok: false, message: `Danh sách lồng nhau quá ${MAX_LIST_DEPTH} cấp; vui lòng bớt cấp lồng.` };
  return checkBody(doc);
}

/** A document already in memory (a revision being restored, a test). */
export function checkBody(doc: Json): BodyInputResult {
  const parsed = bodySchema.safeParse(doc);
  if (parsed.success) return { ok: true, body: parsed.data };
  return { ok: false, message: `Nội dung chưa lưu được: ${describe(doc, parsed.error.issues[0])}` };
}
