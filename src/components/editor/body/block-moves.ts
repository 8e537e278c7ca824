import { Extension, type Editor } from '@tiptap/core';
import { NodeSelection, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';

// Moving a whole block (a photo, a paragraph, a table) one place up or down the body:
// from the buttons on a photo, or with Alt+↑ / Alt+↓ wherever the caret is. The keyboard
// way to do what dragging does.

/** Start position of the top-level block at `index`. */
function startOf(state: EditorState, index: number): number {
  let pos = 0;
  for (let i = 0; i < index; i += 1) pos += state.doc.child(i).nodeSize;
  return pos;
}

/** Index of the top-level block holding `pos` (or starting at it). */
export function topIndexAt(state: EditorState, pos: number): number {
  return state.doc.resolve(Math.min(pos, state.doc.content.size)).index(0);
}

/** A transaction moving the block at `index` by `direction`, keeping it selected; null at an end. */
export function moveBlock(state: EditorState, index: number, direction: -1 | 1): Transaction | null {
  const target = index + direction;
  if (index < 0 || target < 0 || target >= state.doc.childCount) return null;
  const node = state.doc.child(index);
  const start = startOf(state, index);
  const selection = state.selection;
  const offset = selection.from - start;
  const tr = state.tr.delete(start, start + node.nodeSize);
  const insertAt = direction < 0 ? startOf(state, target) : start + state.doc.child(target).nodeSize;
  tr.insert(insertAt, node);
  if (node.isAtom) tr.setSelection(NodeSelection.create(tr.doc, insertAt));
  else if (offset >= 0 && offset <= node.nodeSize) tr.setSelection(TextSelection.near(tr.doc.resolve(insertAt + Math.max(1, offset))));
  return tr.scrollIntoView();
}

/** Moves the block at document position `pos`; returns whether it moved. */
export function moveBlockAt(editor: Editor, pos: number, direction: -1 | 1): boolean {
  const tr = moveBlock(editor.state, topIndexAt(editor.state, pos), direction);
  if (!tr) return false;
  editor.view.dispatch(tr);
  return true;
}

export const BlockMoves = Extension.create({
  name: 'blockMoves',
  addKeyboardShortcuts() {
    const move = (direction: -1 | 1) => () => moveBlockAt(this.editor, this.editor.state.selection.from, direction);
    return { 'Alt-ArrowUp': move(-1), 'Alt-ArrowDown': move(1) };
  },
});
