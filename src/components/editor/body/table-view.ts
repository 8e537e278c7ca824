import type { Node as PmNode } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';
import { TableView } from '@tiptap/extension-table';

/** Tiptap's table view with the table's caption shown above it (edited in the table tools). */
export class CaptionedTableView extends TableView {
  constructor(node: PmNode, cellMinWidth: number, view: EditorView, attrs?: Record<string, unknown>) {
    super(node, cellMinWidth, view, attrs);
    const caption = document.createElement('p');
    caption.className = 'editor-table-caption';
    caption.contentEditable = 'false';
    caption.textContent = node.attrs.caption ? `Bảng: ${node.attrs.caption}` : 'Bảng chưa có chú thích (nhập ở thanh “Bảng” khi con trỏ nằm trong bảng)';
    if (!node.attrs.caption) caption.classList.add('editor-table-caption-missing');
    this.dom.prepend(caption);
  }
}
