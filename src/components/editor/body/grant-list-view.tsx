'use client';

import { NodeViewWrapper, type NodeViewProps } from '@tiptap/react';
import { moveBlockAt } from './block-moves';
import { useBodyHost } from './body-host';

const small = 'min-h-9 rounded border border-neutral-400 bg-white px-2 text-sm hover:bg-neutral-100';

/** "Danh sách được khen" in the editor: which decision's list the readers will see here, and moves. */
export function GrantListView({ node, selected, deleteNode, editor, getPos }: NodeViewProps) {
  const { decisions } = useBodyHost();
  const slug = node.attrs.decision as string;
  const decision = decisions.find((d) => d.slug === slug);
  const move = (direction: -1 | 1) => {
    const pos = getPos();
    if (typeof pos === 'number') moveBlockAt(editor, pos, direction);
  };
  return (
    <NodeViewWrapper as="div" contentEditable={false} data-grant-list-view={slug} className={`not-prose my-4 rounded border-2 bg-brand-50 p-3 ${selected ? 'border-brand-600' : 'border-dashed border-neutral-300'}`}>
      <p className="font-semibold">Danh sách được khen thưởng</p>
      <p className="text-sm text-neutral-800">{decision ? decision.label : `Quyết định “${slug}” chưa công bố hoặc không còn: bạn đọc sẽ không thấy danh sách ở đây.`}</p>
      <p className="text-sm text-neutral-700">Bạn đọc thấy bảng danh sách từ tra cứu khen thưởng, luôn theo bản mới nhất của quyết định.</p>
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="button" className={small} aria-label="Đưa danh sách lên trên một khối" onClick={() => move(-1)}>
          ↑ Lên
        </button>
        <button type="button" className={small} aria-label="Đưa danh sách xuống dưới một khối" onClick={() => move(1)}>
          ↓ Xuống
        </button>
        <button type="button" className={`${small} text-red-800`} onClick={deleteNode}>
          Bỏ khỏi nội dung
        </button>
      </div>
    </NodeViewWrapper>
  );
}
