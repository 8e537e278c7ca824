'use client';

import type { Editor } from '@tiptap/core';
import { useId, useState } from 'react';
import { ModalDialog } from '@/components/ui/modal-dialog';
import { useBodyHost } from './body-host';

/** Chooses a published decision and puts its list ("Danh sách được khen") where the caret is. */
export function GrantListDialog({ editor, open, onClose }: { editor: Editor; open: boolean; onClose: () => void }) {
  const id = useId();
  const { decisions } = useBodyHost();
  const [slug, setSlug] = useState('');
  const insert = () => {
    if (!slug) return;
    editor.chain().focus().insertContent({ type: 'grantList', attrs: { decision: slug } }).run();
    setSlug('');
    onClose();
  };
  return (
    <ModalDialog open={open} title="Chèn danh sách được khen thưởng" onClose={onClose} wide>
      {decisions.length === 0 ? (
        <p>Chưa có quyết định khen thưởng nào được công bố. Nhập và công bố quyết định trong mục Quyết định khen thưởng trước.</p>
      ) : (
        <>
          <label htmlFor={`${id}-chon`} className="block text-sm font-medium">
            Quyết định
          </label>
          <select id={`${id}-chon`} value={slug} onChange={(event) => setSlug(event.target.value)} className="mt-1 min-h-11 w-full rounded border border-neutral-400 bg-white px-2">
            <option value="">— Chọn quyết định đã công bố —</option>
            {decisions.map((decision) => (
              <option key={decision.slug} value={decision.slug}>
                {decision.label}
              </option>
            ))}
          </select>
          <p className="mt-2 text-sm text-neutral-700">Bài viết hiện bảng danh sách lấy từ tra cứu khen thưởng (không dán bảng), gồm các trường hợp được công bố.</p>
        </>
      )}
      <p className="mt-4 flex gap-2">
        <button type="button" onClick={insert} disabled={!slug} className="min-h-11 rounded bg-brand-700 px-4 font-medium text-white hover:bg-brand-800 disabled:opacity-50">
          Chèn danh sách
        </button>
        <button type="button" onClick={onClose} className="min-h-11 rounded border border-neutral-400 px-4">
          Đóng
        </button>
      </p>
    </ModalDialog>
  );
}
