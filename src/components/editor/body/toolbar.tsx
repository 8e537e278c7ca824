'use client';

import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { TableTools } from './table-tools';
import { ToolButton } from './tool-button';

/** The body's formatting bar; a second row of table tools appears while the caret is in a table. */
export function Toolbar({ editor, onLink, onGrantList }: { editor: Editor; onLink: () => void; onGrantList: () => void }) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      quote: e.isActive('blockquote'),
      link: e.isActive('link'),
      table: e.isActive('table'),
      undo: e.can().undo(),
      redo: e.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();
  return (
    <div className="sticky top-0 z-10 border-b border-neutral-300 bg-neutral-50">
      <div role="toolbar" aria-label="Định dạng nội dung" className="flex flex-wrap gap-1 p-2">
        <ToolButton label="Đậm (Ctrl+B)" active={state.bold} onClick={() => chain().toggleBold().run()}>
          <b>B</b>
        </ToolButton>
        <ToolButton label="Nghiêng (Ctrl+I)" active={state.italic} onClick={() => chain().toggleItalic().run()}>
          <i>I</i>
        </ToolButton>
        <ToolButton label="H2 – tiêu đề mục" active={state.h2} onClick={() => chain().toggleHeading({ level: 2 }).run()}>
          H2
        </ToolButton>
        <ToolButton label="H3 – tiêu đề nhỏ" active={state.h3} onClick={() => chain().toggleHeading({ level: 3 }).run()}>
          H3
        </ToolButton>
        <ToolButton label="Danh sách chấm" active={state.bullet} onClick={() => chain().toggleBulletList().run()}>
          • —
        </ToolButton>
        <ToolButton label="1. Danh sách số" active={state.ordered} onClick={() => chain().toggleOrderedList().run()}>
          1.
        </ToolButton>
        <ToolButton label="Trích dẫn" active={state.quote} onClick={() => chain().toggleBlockquote().run()}>
          “ ”
        </ToolButton>
        <ToolButton label="Liên kết (Ctrl+K)" active={state.link} onClick={onLink}>
          Liên kết
        </ToolButton>
        <ToolButton label="Chèn bảng" disabled={state.table} onClick={() => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}>
          Bảng
        </ToolButton>
        <ToolButton label="Chèn danh sách được khen thưởng từ một quyết định" disabled={state.table} onClick={onGrantList}>
          Danh sách được khen
        </ToolButton>
        <ToolButton label="Hoàn tác (Ctrl+Z)" disabled={!state.undo} onClick={() => chain().undo().run()}>
          ↶
        </ToolButton>
        <ToolButton label="Làm lại (Ctrl+Y)" disabled={!state.redo} onClick={() => chain().redo().run()}>
          ↷
        </ToolButton>
      </div>
      {state.table && <TableTools editor={editor} />}
    </div>
  );
}
