import { Extension } from '@tiptap/core';
import { Fragment, Slice, type Node as PmNode, type Schema } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { isCaptionLine, stripCaptionPrefix } from '@/lib/text/prefixes';

// Pasting like a newsroom. Text and Word, LibreOffice or web HTML keep their paragraphs,
// bold, italic, lists, links and tables; styles are dropped by the schema itself. On top
// of that: Word's list paragraphs become real lists, heading levels are brought into the
// H2–H4 the page uses, a table's bold first row becomes its header row, blank paragraphs
// go, and every pasted line that starts with "Ảnh:" becomes a photo slot carrying that
// caption, where the line was.

const WORD_LIST = /mso-list:\s*l\d+\s+level(\d)/i;
const ORDERED_MARKER = /^\(?[0-9a-zA-ZivxlcIVXLC]{1,4}[.)]$/;

function unwrap(el: Element) {
  el.replaceWith(...el.childNodes);
}

function rename(el: Element, tag: string): Element {
  const next = el.ownerDocument.createElement(tag);
  for (const attr of [...el.attributes]) if (attr.name === 'colspan' || attr.name === 'rowspan') next.setAttribute(attr.name, attr.value);
  next.append(...el.childNodes);
  el.replaceWith(next);
  return next;
}

/** Word writes list items as paragraphs with "mso-list" styles and a fake bullet: real lists instead. */
function wordLists(doc: Document) {
  const isItem = (el: Element | null): el is Element => el?.tagName === 'P' && WORD_LIST.test(el.getAttribute('style') ?? '');
  for (const first of [...doc.querySelectorAll('p')]) {
    // Each run of adjacent list paragraphs becomes one list, nested by Word's levels.
    if (!first.isConnected || !isItem(first) || isItem(first.previousElementSibling)) continue;
    const run: Element[] = [];
    for (let el: Element | null = first; isItem(el); el = el.nextElementSibling) run.push(el);
    const roots: Element[] = [];
    const stack: { level: number; list: Element }[] = [];
    for (const p of run) {
      const level = Number(WORD_LIST.exec(p.getAttribute('style') ?? '')?.[1] ?? 1);
      const marker = p.querySelector('span[style*="mso-list:Ignore" i], span[style*="mso-list: Ignore" i]');
      const ordered = ORDERED_MARKER.test((marker?.textContent ?? '').replace(/\s+/g, ''));
      marker?.remove();
      while (stack.length > 0 && stack[stack.length - 1].level > level) stack.pop();
      let top = stack[stack.length - 1];
      if (!top || top.level < level) {
        const list = doc.createElement(ordered ? 'ol' : 'ul');
        if (top) (top.list.lastElementChild ?? top.list).append(list);
        else roots.push(list);
        top = { level, list };
        stack.push(top);
      }
      const li = doc.createElement('li');
      const para = doc.createElement('p');
      para.append(...p.childNodes);
      li.append(para);
      top.list.append(li);
    }
    first.before(...roots);
    run.forEach((p) => p.remove());
  }
}

const isBold = (el: Element) => {
  const text = el.textContent?.trim() ?? '';
  if (!text) return false;
  const bold = [...el.querySelectorAll('b, strong, [style*="font-weight"]')].filter((b) => b.tagName !== 'SPAN' || /font-weight:\s*(bold|[6-9]00)/i.test(b.getAttribute('style') ?? ''));
  return bold.map((b) => b.textContent ?? '').join('').replace(/\s+/g, '') === text.replace(/\s+/g, '');
};

/** A table pasted without header cells whose first row is all bold gets that row as its header. */
function headerRows(doc: Document) {
  for (const table of doc.querySelectorAll('table')) {
    if (table.querySelector('th')) continue;
    const first = table.querySelector('tr');
    const cells = first ? [...first.children].filter((c) => c.tagName === 'TD') : [];
    if (cells.length === 0 || !cells.every(isBold)) continue;
    for (const cell of cells) {
      const th = rename(cell, 'th');
      for (const b of th.querySelectorAll('b, strong')) unwrap(b);
    }
  }
}

/** Word, LibreOffice and web HTML brought into the shapes the body keeps. */
export function cleanPastedHtml(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.querySelectorAll('style, script, meta, link, title, xml, o\\:p').forEach((el) => el.remove());
  wordLists(doc);
  headerRows(doc);
  doc.querySelectorAll('h1').forEach((el) => rename(el, 'h2'));
  doc.querySelectorAll('h5, h6').forEach((el) => rename(el, 'h4'));
  return doc.body.innerHTML;
}

/** A paragraph with no text but white space (line breaks included). */
const isBlankParagraph = (node: PmNode) => node.type.name === 'paragraph' && node.textContent.trim() === '';

/** Blank paragraphs dropped; "Ảnh: …" paragraphs turned into photo slots. */
export function shapePasted(slice: Slice, schema: Schema): Slice {
  const blocks: PmNode[] = [];
  let changed = false;
  slice.content.forEach((node) => {
    if (isBlankParagraph(node)) {
      changed = true;
      return;
    }
    if (node.type.name === 'paragraph' && isCaptionLine(node.textContent)) {
      changed = true;
      blocks.push(schema.nodes.photoSlot.create({ caption: stripCaptionPrefix(node.textContent) }));
      return;
    }
    blocks.push(node);
  });
  if (!changed) return slice;
  if (blocks.length === 0) return Slice.empty;
  // A pasted block at either end stays a block; a paragraph there may join the caret's.
  return Slice.maxOpen(Fragment.from(blocks), false);
}

export const PasteRules = Extension.create({
  name: 'pasteRules',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('pasteRules'),
        props: {
          transformPastedHTML: (html) => cleanPastedHtml(html),
          transformPasted: (slice, view) => shapePasted(slice, view.state.schema),
        },
      }),
    ];
  },
});
