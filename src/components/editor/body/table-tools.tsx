'use client';

import { findParentNode, type Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useId } from 'react';
import { ToolButton } from './tool-button';

/** Rows, columns, header row, caption and removal of the table holding the caret. */
export function TableTools({ editor }: { editor: Editor }) {
  const id = useId();
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const table = findParentNode((node) => node.type.name === 'table')(e.state.selection);
      const firstRow = table?.node.firstChild;
      let headerRow = Boolean(firstRow && firstRow.childCount > 0);
      firstRow?.forEach((cell) => {
        if (cell.type.name !== 'tableHeader') headerRow = false;
      });
      return { caption: (table?.node.attrs.caption as string | undefined) ?? '', headerRow, merge: e.can().mergeCells(), split: e.can().splitCell() };
    },
  });
  const run = (command: (chain: ReturnType<Editor['chain']>) => ReturnType<Editor['chain']>) => command(editor.chain().focus()).run();
  return (
    <div role="toolbar" aria-label="Bảng" className="flex flex-wrap items-center gap-1 border-t border-neutral-300 bg-white p-2">
      <span className="mr-1 text-sm font-bold">Bảng:</span>
      <ToolButton label="Thêm hàng trên" onClick={() => run((c) => c.addRowBefore())}>
        Thêm hàng trên
      </ToolButton>
      <ToolButton label="Thêm hàng dưới" onClick={() => run((c) => c.addRowAfter())}>
        Thêm hàng dưới
      </ToolButton>
      <ToolButton label="Xoá hàng" onClick={() => run((c) => c.deleteRow())}>
        Xoá hàng
      </ToolButton>
      <ToolButton label="Thêm cột trái" onClick={() => run((c) => c.addColumnBefore())}>
        Thêm cột trái
      </ToolButton>
      <ToolButton label="Thêm cột phải" onClick={() => run((c) => c.addColumnAfter())}>
        Thêm cột phải
      </ToolButton>
      <ToolButton label="Xoá cột" onClick={() => run((c) => c.deleteColumn())}>
        Xoá cột
      </ToolButton>
      <ToolButton label="Hàng tiêu đề" active={state.headerRow} onClick={() => run((c) => c.toggleHeaderRow())}>
        Hàng tiêu đề
      </ToolButton>
      <ToolButton label="Gộp ô" disabled={!state.merge} onClick={() => run((c) => c.mergeCells())}>
        Gộp ô
      </ToolButton>
      <ToolButton label="Tách ô" disabled={!state.split} onClick={() => run((c) => c.splitCell())}>
        Tách ô
      </ToolButton>
      <ToolButton label="Xoá bảng" onClick={() => run((c) => c.deleteTable())}>
        Xoá bảng
      </ToolButton>
      <label htmlFor={`${id}-chu-thich`} className="ml-2 text-sm font-medium">
        Chú thích bảng
      </label>
      <input
        id={`${id}-chu-thich`}
        value={state.caption}
        onChange={(event) => editor.commands.updateAttributes('table', { caption: event.target.value })}
        placeholder="Ví dụ: Kết quả khen thưởng năm 2023"
        className="min-h-9 min-w-48 flex-1 rounded border border-neutral-400 px-2 text-sm"
      />
    </div>
  );
}
