import { Extension, type Editor } from '@tiptap/core';
import { NodeSelection, Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';

// Where photos go in the body. Photos are only ever placed between blocks, never inside a
// paragraph: "Chèn vào nội dung" puts them after the block holding the caret (before it
// when the caret is at its very start, in place of it when it is empty), and a line in the
// body shows that spot whenever the editor is not focused. Dragging a photo card from the
// photo panel, or image files from the computer, shows a line between the blocks under the
// pointer and drops there; over a photo slot, the slot is highlighted and the photo fills
// it. Files dropped are uploaded first; a note marks their place meanwhile.

export const PHOTO_MIME = 'application/x-portal-photo';

export type PlacementHost = {
  /** Uploads dropped files as photos of the article; resolves with their media ids. */
  uploadPhotos: (files: File[]) => Promise<number[]>;
  /** A slot's caption handed to the photo that fills it. */
  captionPhoto: (mediaId: number, caption: string) => void;
};

/** Between two blocks (a boundary), or onto the photo slot starting at `pos`. */
type Target = { pos: number; slot: boolean };
type Pending = { id: number; target: Target };
type PlacementState = { placed: boolean; dropAt: Target | null; pending: Pending[] };
type Meta = { placed?: true; dropAt?: Target | null; addPending?: Pending; removePending?: number };

const key = new PluginKey<PlacementState>('photoPlacement');

/** The position between blocks where "insert" puts a photo, from the caret. */
export function insertionPoint(state: EditorState): number {
  const placement = key.getState(state);
  if (!placement?.placed) return state.doc.content.size;
  const { selection } = state;
  if (selection instanceof NodeSelection && selection.$from.depth === 0) return selection.to;
  const $from = selection.$from;
  if ($from.depth === 0) return $from.pos;
  const start = $from.before(1);
  const block = $from.node(1);
  const atStart = $from.pos === start + 1 && block.isTextblock && block.content.size > 0;
  return atStart ? start : $from.after(1);
}

/**
 * Inserts figures for `mediaIds` at `pos` (a block boundary), replacing an empty paragraph
 * there. The caret goes to the text after them (a new paragraph when there is none), so
 * typing on never replaces a photo just placed.
 */
export function insertFigures(view: EditorView, pos: number, mediaIds: number[]) {
  const { state } = view;
  const { schema } = state;
  const figures = mediaIds.map((mediaId) => schema.nodes.figure.create({ mediaId }));
  if (figures.length === 0) return;
  const $pos = state.doc.resolve(Math.min(pos, state.doc.content.size));
  const before = $pos.nodeBefore;
  const after = $pos.nodeAfter;
  const emptyBefore = before?.type.name === 'paragraph' && before.content.size === 0;
  const emptyAfter = !emptyBefore && after?.type.name === 'paragraph' && after.content.size === 0;
  const from = emptyBefore ? pos - before.nodeSize : pos;
  const to = emptyAfter ? pos + after.nodeSize : pos;
  const textAfter = !emptyAfter && after?.isTextblock;
  const tr = state.tr.replaceWith(from, to, textAfter ? figures : [...figures, schema.nodes.paragraph.create()]);
  const end = from + figures.reduce((size, node) => size + node.nodeSize, 0);
  tr.setSelection(TextSelection.create(tr.doc, end + 1)).scrollIntoView();
  view.dispatch(tr);
}

/** Puts photos in place of the photo slot at `pos`; the slot's caption goes to the first. */
export function fillSlot(view: EditorView, pos: number, mediaIds: number[], captionPhoto: PlacementHost['captionPhoto']) {
  const slot = view.state.doc.nodeAt(pos);
  if (slot?.type.name !== 'photoSlot' || mediaIds.length === 0) {
    insertFigures(view, pos, mediaIds);
    return;
  }
  const caption = String(slot.attrs.caption ?? '').trim();
  if (caption) captionPhoto(mediaIds[0], caption);
  const figures = mediaIds.map((mediaId) => view.state.schema.nodes.figure.create({ mediaId }));
  const tr = view.state.tr.replaceWith(pos, pos + slot.nodeSize, figures);
  view.dispatch(tr.setSelection(NodeSelection.create(tr.doc, pos)).scrollIntoView());
}

/** "Chèn vào nội dung": the photos go to the marked insertion point. */
export function insertAtInsertionPoint(editor: Editor, mediaIds: number[]) {
  insertFigures(editor.view, insertionPoint(editor.state), mediaIds);
  editor.view.focus();
}

const carries = (event: DragEvent) => {
  const types = [...(event.dataTransfer?.types ?? [])];
  return types.includes(PHOTO_MIME) || types.includes('Files');
};

/** Where a drop at the pointer goes: a photo slot under it, or the nearer side of the block under it. */
function targetAt(view: EditorView, event: DragEvent): Target {
  const { doc } = view.state;
  const found = view.posAtCoords({ left: event.clientX, top: event.clientY });
  if (!found || doc.childCount === 0) return { pos: doc.content.size, slot: false };
  const $pos = doc.resolve(found.inside >= 0 ? found.inside : found.pos);
  const index = Math.min($pos.index(0), doc.childCount - 1);
  let start = 0;
  for (let i = 0; i < index; i += 1) start += doc.child(i).nodeSize;
  const block = doc.child(index);
  if (block.type.name === 'photoSlot') return { pos: start, slot: true };
  const end = start + block.nodeSize;
  const dom = view.nodeDOM(start);
  if (!(dom instanceof HTMLElement)) return { pos: end, slot: false };
  const rect = dom.getBoundingClientRect();
  return { pos: event.clientY < rect.top + rect.height / 2 ? start : end, slot: false };
}

const mapTarget = (target: Target, tr: Transaction): Target => ({ pos: tr.mapping.map(target.pos, target.slot ? 1 : -1), slot: target.slot });
const sameTarget = (a: Target | null | undefined, b: Target) => a?.pos === b.pos && a.slot === b.slot;

function line(className: string, text: string) {
  const el = document.createElement('div');
  el.className = className;
  el.setAttribute('aria-hidden', 'true');
  el.textContent = text;
  return el;
}

let nextPending = 0;

export const PhotoPlacement = Extension.create<{ host: { current: PlacementHost | null } }>({
  name: 'photoPlacement',
  addOptions() {
    return { host: { current: null } };
  },
  addProseMirrorPlugins() {
    const host = this.options.host;
    const set = (view: EditorView, meta: Meta) => view.dispatch(view.state.tr.setMeta(key, meta));
    return [
      new Plugin<PlacementState>({
        key,
        state: {
          init: () => ({ placed: false, dropAt: null, pending: [] }),
          apply(tr, value) {
            const meta = tr.getMeta(key) as Meta | undefined;
            let pending = value.pending.map((p) => ({ ...p, target: mapTarget(p.target, tr) }));
            if (meta?.addPending) pending = [...pending, meta.addPending];
            if (meta?.removePending !== undefined) pending = pending.filter((p) => p.id !== meta.removePending);
            return {
              placed: value.placed || Boolean(meta?.placed),
              dropAt: meta && 'dropAt' in meta ? (meta.dropAt ?? null) : value.dropAt === null ? null : mapTarget(value.dropAt, tr),
              pending,
            };
          },
        },
        props: {
          decorations(state) {
            const value = key.getState(state)!;
            const point = insertionPoint(state);
            const marks = [
              Decoration.widget(point, () => line('insertion-point', 'Ảnh sẽ được chèn vào đây'), { side: -1, key: `insert-${point}`, ignoreSelection: true }),
              ...value.pending.map((p) => Decoration.widget(p.target.pos, () => line('upload-point', 'Đang tải ảnh lên…'), { side: -1, key: `pending-${p.id}` })),
            ];
            const drop = value.dropAt;
            if (drop?.slot) {
              const slot = state.doc.nodeAt(drop.pos);
              if (slot) marks.push(Decoration.node(drop.pos, drop.pos + slot.nodeSize, { class: 'slot-drop-target' }));
            } else if (drop) marks.push(Decoration.widget(drop.pos, () => line('drop-point', 'Thả ảnh vào đây'), { side: -1, key: `drop-${drop.pos}` }));
            return DecorationSet.create(state.doc, marks);
          },
          handleDOMEvents: {
            focus(view) {
              if (!key.getState(view.state)?.placed) set(view, { placed: true });
              return false;
            },
            dragover(view, event) {
              if (view.dragging || !carries(event)) return false;
              event.preventDefault();
              const dropAt = targetAt(view, event);
              if (!sameTarget(key.getState(view.state)?.dropAt, dropAt)) set(view, { dropAt });
              return true;
            },
            dragleave(view, event) {
              const to = event.relatedTarget as globalThis.Node | null;
              if (key.getState(view.state)?.dropAt !== null && !(to && view.dom.contains(to))) set(view, { dropAt: null });
              return false;
            },
          },
          handleDrop(view, event) {
            if (view.dragging || !carries(event) || !host.current) return false;
            event.preventDefault();
            const { captionPhoto, uploadPhotos } = host.current;
            const target = key.getState(view.state)?.dropAt ?? targetAt(view, event);
            set(view, { dropAt: null, placed: true });
            const place = (at: Target, ids: number[]) => (at.slot ? fillSlot(view, at.pos, ids, captionPhoto) : insertFigures(view, at.pos, ids));
            const mediaId = Number(event.dataTransfer?.getData(PHOTO_MIME));
            if (mediaId > 0) {
              place(target, [mediaId]);
              return true;
            }
            const files = [...(event.dataTransfer?.files ?? [])].filter((file) => file.type.startsWith('image/'));
            if (files.length === 0) return true;
            const pending = { id: (nextPending += 1), target };
            set(view, { addPending: pending });
            void uploadPhotos(files).then((ids) => {
              const at = key.getState(view.state)?.pending.find((p) => p.id === pending.id)?.target ?? { pos: view.state.doc.content.size, slot: false };
              set(view, { removePending: pending.id });
              place(at, ids);
            });
            return true;
          },
        },
      }),
    ];
  },
});
