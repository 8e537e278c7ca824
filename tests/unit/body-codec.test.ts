import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { bodyExtensions } from '@/components/editor/body/extensions';
import { checkBody, parseBodyInput } from '@/lib/content/body-input';
import { bodySchema } from '@/lib/content/body-schema';
import { BodyCodecError, toBodyDoc, toEditorContent, type EditorJson } from '@/lib/editor/body-codec';
import { NODE_SAMPLES } from '../support/body-samples';

const schema = getSchema(bodyExtensions());

/** Like Tiptap's getJSON(): every attrs object with a null prototype. */
function nullPrototypes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(nullPrototypes);
  if (value && typeof value === 'object') {
    const out = Object.create(null) as Record<string, unknown>;
    for (const [key, item] of Object.entries(value)) out[key] = nullPrototypes(item);
    return out;
  }
  return value;
}

describe('the editor schema and the stored document are the same language', () => {
  for (const [kind, make] of Object.entries(NODE_SAMPLES)) {
    it(`${kind}: stored → editor → stored is byte for byte the same`, () => {
      const doc = make(42);
      expect(bodySchema.safeParse(doc).success).toBe(true);
      const node = schema.nodeFromJSON(toEditorContent(doc));
      node.check();
      const back = toBodyDoc(nullPrototypes(node.toJSON()) as EditorJson);
      expect(JSON.stringify(back)).toBe(JSON.stringify(doc));
      expect(parseBodyInput(JSON.stringify(back))).toEqual({ ok: true, body: doc });
    });
  }

  it('gives every editor node only attributes the stored form knows', () => {
    const attrs = Object.fromEntries(Object.entries(schema.nodes).map(([name, type]) => [name, Object.keys(type.spec.attrs ?? {}).sort()]));
    expect(attrs).toEqual({
      doc: [],
      paragraph: [],
      text: [],
      hardBreak: [],
      heading: ['level'],
      blockquote: [],
      bulletList: [],
      orderedList: ['start'],
      listItem: [],
      figure: ['mediaId'],
      photoSlot: ['caption'],
      table: ['caption'],
      grantList: ['decision'],
      tableRow: [],
      tableHeader: ['colspan', 'rowspan'],
      tableCell: ['colspan', 'rowspan'],
    });
    expect(Object.fromEntries(Object.entries(schema.marks).map(([name, type]) => [name, Object.keys(type.spec.attrs ?? {})]))).toEqual({ bold: [], italic: [], link: ['href'] });
  });

  it('drops empty paragraphs between blocks, keeps them inside table cells, and normalizes to NFC', () => {
    const json = {
      type: 'doc',
      content: [
        { type: 'paragraph' },
        { type: 'paragraph', content: [{ type: 'text', text: '\u00a0 ' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Thi đua'.normalize('NFD') }] },
        { type: 'paragraph', content: [{ type: 'hardBreak' }] },
        { type: 'table', attrs: { caption: '' }, content: [{ type: 'tableRow', content: [{ type: 'tableCell', attrs: { colspan: 1, rowspan: 1 }, content: [{ type: 'paragraph' }] }] }] },
        { type: 'paragraph' },
      ],
    };
    expect(toBodyDoc(json)).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Thi đua' }] },
        { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [{ type: 'paragraph' }] }] }] },
      ],
    });
  });

  it('refuses to turn a node it does not know into something else', () => {
    expect(() => toBodyDoc({ type: 'doc', content: [{ type: 'codeBlock', content: [{ type: 'text', text: 'x' }] }] })).toThrow(BodyCodecError);
    expect(() => toBodyDoc({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'strike' }] }] }] })).toThrow(/strike/);
  });
});

describe('the server refuses what it cannot keep, saying what and where', () => {
  const refuse = (doc: unknown) => {
    const result = checkBody(doc);
    expect(result.ok).toBe(false);
    return result.ok ? '' : result.message;
  };

  it('names unknown nodes, marks and attributes', () => {
    expect(refuse({ type: 'doc', content: [{ type: 'paragraph' }, { type: 'video', attrs: { src: 'x' } }] })).toBe('Nội dung chưa lưu được: khối thứ 2 (“video”): loại nội dung “video” không được hỗ trợ.');
    expect(refuse({ type: 'doc', content: [{ type: 'paragraph', attrs: { style: 'color:red' } }] })).toBe('Nội dung chưa lưu được: khối thứ 1 (đoạn văn): có thuộc tính không được hỗ trợ (“attrs”).');
    expect(refuse({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: '/a', target: '_blank' } }] }] }] })).toMatch(/khối thứ 1 \(đoạn văn\) › liên kết 1: có thuộc tính không được hỗ trợ \(“target”\)/);
    expect(refuse({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }] })).toMatch(/Liên kết phải bắt đầu bằng/);
    expect(refuse({ type: 'doc', content: [{ type: 'figure', attrs: { mediaId: 'abc' } }] })).toMatch(/khối thứ 1 \(ảnh\)/);
    expect(refuse({ type: 'doc', content: [{ type: 'heading', attrs: { level: 1 } }] })).toMatch(/khối thứ 1 \(tiêu đề mục\)/);
    const table = NODE_SAMPLES.table(1);
    const cell = (table.content[0] as { content: { content: Record<string, unknown>[] }[] }).content[1].content[0];
    cell.attrs = { colwidth: [120] };
    expect(refuse(table)).toMatch(/khối thứ 1 \(bảng\) › hàng 2 › ô 1: có thuộc tính không được hỗ trợ \(“colwidth”\)/);
  });

  it('refuses scripts, iframes and event handlers instead of guessing', () => {
    for (const doc of [
      { type: 'doc', content: [{ type: 'script', content: [{ type: 'text', text: 'alert(1)' }] }] },
      { type: 'doc', content: [{ type: 'iframe', attrs: { src: 'https://evil.example' } }] },
      { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'image', attrs: { src: 'x', onerror: 'alert(1)' } }] }] },
      { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', onclick: 'alert(1)' }] }] },
    ]) {
      expect(checkBody(doc).ok).toBe(false);
    }
  });

  it('refuses what is not a JSON document, and lists nested too deep', () => {
    expect(parseBodyInput({ type: 'doc', content: [] })).toEqual({ ok: false, message: 'Nội dung gửi lên không đúng định dạng; vui lòng tải lại trang.' });
    expect(parseBodyInput('<p onclick="x">hi</p>')).toEqual({ ok: false, message: 'Nội dung gửi lên không đọc được; vui lòng thử lại.' });
    let list: Record<string, unknown> = { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] };
    for (let i = 0; i < 4; i += 1) list = { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }, list] }] };
    expect(parseBodyInput(JSON.stringify({ type: 'doc', content: [list] }))).toEqual({ ok: false, message: 'Danh sách lồng nhau quá 4 cấp; vui lòng bớt cấp lồng.' });
    const deep = `{"type":"doc","content":${'['.repeat(5000)}1${']'.repeat(5000)}}`;
    expect(parseBodyInput(deep)).toEqual({ ok: false, message: 'Nội dung lồng nhau quá sâu.' });
  });
});
