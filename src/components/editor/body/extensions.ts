import { mergeAttributes, Node, type AnyExtension } from '@tiptap/core';
import { Blockquote } from '@tiptap/extension-blockquote';
import { Bold } from '@tiptap/extension-bold';
import { Document } from '@tiptap/extension-document';
import { HardBreak } from '@tiptap/extension-hard-break';
import { Heading } from '@tiptap/extension-heading';
import { Italic } from '@tiptap/extension-italic';
import { Link } from '@tiptap/extension-link';
import { BulletList, ListItem, ListKeymap, OrderedList } from '@tiptap/extension-list';
import { Paragraph } from '@tiptap/extension-paragraph';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import { Text } from '@tiptap/extension-text';
import { Dropcursor, Gapcursor, TrailingNode, UndoRedo } from '@tiptap/extensions';
import { isSafeHref } from '@/lib/content/body-schema';

// The body editor's schema, node for node and attribute for attribute the document the
// portal stores (src/lib/content/body-schema.ts): whatever the editor can make, a save can
// keep. Attributes Tiptap would add on its own (link targets, cell widths and alignment,
// list types) are left out, so pasted content cannot bring them in either. Node views
// (React) are added by the editor component; this file has none, so tests can build the
// same schema without a browser.

/** A photo of the article placed in the body. */
export const Figure = Node.create({
  name: 'figure',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,
  addAttributes() {
    return { mediaId: { default: null, parseHTML: (el) => Number(el.getAttribute('data-media-id')) || null, renderHTML: (attrs) => ({ 'data-media-id': attrs.mediaId }) } };
  },
  parseHTML() {
    return [{ tag: 'figure[data-media-id]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['figure', mergeAttributes(HTMLAttributes)];
  },
});

/** A place waiting for a photo, carrying the caption it will have. */
export const PhotoSlot = Node.create({
  name: 'photoSlot',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,
  addAttributes() {
    return { caption: { default: '', parseHTML: (el) => el.getAttribute('data-caption') ?? '', renderHTML: (attrs) => ({ 'data-caption': attrs.caption }) } };
  },
  parseHTML() {
    return [{ tag: 'figure[data-photo-slot]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['figure', mergeAttributes(HTMLAttributes, { 'data-photo-slot': '' }), ['figcaption', {}, `Ảnh: ${HTMLAttributes['data-caption'] ?? ''}`]];
  },
});

/** "Danh sách được khen": the list of a published award decision, by the decision's slug. */
export const GrantList = Node.create({
  name: 'grantList',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,
  addAttributes() {
    return { decision: { default: '', parseHTML: (el) => el.getAttribute('data-decision') ?? '', renderHTML: (attrs) => ({ 'data-decision': attrs.decision }) } };
  },
  parseHTML() {
    return [{ tag: 'div[data-grant-list][data-decision]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes(HTMLAttributes, { 'data-grant-list': '' })];
  },
});

/** Tables keep a caption (shown as <caption>); cells hold paragraphs only. */
export const CaptionedTable = Table.extend({
  addAttributes() {
    return {
      caption: {
        default: '',
        parseHTML: (el) => el.querySelector(':scope > caption')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
        renderHTML: () => ({}),
      },
    };
  },
  parseHTML() {
    // The caption element is read as the attribute above, never as a row of its own.
    return [{ tag: 'table' }, { tag: 'caption', ignore: true }];
  },
  renderHTML({ node }) {
    const caption = node.attrs.caption ? [['caption', {}, node.attrs.caption]] : [];
    return ['table', {}, ...caption, ['tbody', 0]] as unknown as ReturnType<NonNullable<typeof Table.config.renderHTML>>;
  },
}).configure({ resizable: false, allowTableNodeSelection: false });

const spans = () => ({
  colspan: { default: 1 },
  rowspan: { default: 1 },
});
export const BodyTableCell = TableCell.extend({ content: 'paragraph+', addAttributes: spans });
export const BodyTableHeader = TableHeader.extend({ content: 'paragraph+', addAttributes: spans });

const BodyLink = Link.extend({
  addAttributes() {
    return { href: { default: null, parseHTML: (el) => el.getAttribute('href') } };
  },
  inclusive: false,
}).configure({ openOnClick: false, autolink: true, linkOnPaste: true, defaultProtocol: 'https', isAllowedUri: (url) => isSafeHref(url) });

const BodyOrderedList = OrderedList.extend({
  addAttributes() {
    return { start: { default: 1, parseHTML: (el) => (el.hasAttribute('start') ? Number.parseInt(el.getAttribute('start') ?? '', 10) || 1 : 1) } };
  },
});

/** The schema-defining extensions, shared by the editor and the tests. */
export function bodyExtensions(nodes: { figure?: AnyExtension; photoSlot?: AnyExtension; table?: AnyExtension; grantList?: AnyExtension } = {}): AnyExtension[] {
  return [
    Document,
    Paragraph,
    Text,
    HardBreak,
    Heading.configure({ levels: [2, 3, 4] }),
    Bold,
    Italic,
    BodyLink,
    // A quote holds paragraphs; a list item starts with a paragraph and may hold lists.
    Blockquote.extend({ content: 'paragraph+' }),
    BulletList,
    BodyOrderedList,
    ListItem.extend({ content: 'paragraph (paragraph | bulletList | orderedList)*' }),
    ListKeymap,
    nodes.figure ?? Figure,
    nodes.photoSlot ?? PhotoSlot,
    nodes.table ?? CaptionedTable,
    nodes.grantList ?? GrantList,
    TableRow,
    BodyTableHeader,
    BodyTableCell,
    Dropcursor.configure({ color: '#1d4ed8', width: 3 }),
    Gapcursor,
    TrailingNode,
    UndoRedo,
  ];
}
