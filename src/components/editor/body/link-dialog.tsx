'use client';

import type { Editor } from '@tiptap/core';
import { useEffect, useId, useState } from 'react';
import { findLinkTargetsAction } from '@/app/quan-tri/article-actions';
import { ModalDialog } from '@/components/ui/modal-dialog';
import { isSafeHref } from '@/lib/content/body-schema';
import type { LinkTarget } from '@/lib/editor/editor-lookups';
import { formatVietnamTime } from '@/lib/text/dates';

const field = 'w-full rounded border border-neutral-400 px-2 py-2';

/** "vbpl.vn/van-ban" → "https://vbpl.vn/van-ban"; anything else as typed. */
function withProtocol(href: string): string {
  const value = href.trim();
  return /^[\w-]+(\.[\w-]+)+(\/|$)/.test(value) ? `https://${value}` : value;
}

/** Adds, changes or removes the link on the selection; finds the site's own articles to link to. */
export function LinkDialog({ editor, open, onClose }: { editor: Editor; open: boolean; onClose: () => void }) {
  const id = useId();
  const [href, setHref] = useState('');
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<LinkTarget[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const existing = open ? ((editor.getAttributes('link').href as string | undefined) ?? '') : '';
  const needsText = open && editor.state.selection.empty && !existing;

  useEffect(() => {
    if (!open) return;
    setHref(existing);
    setText('');
    setQuery('');
    setResults(null);
    setError(null);
  }, [open, existing]);

  useEffect(() => {
    if (!open) return;
    let current = true;
    const timer = setTimeout(() => {
      void findLinkTargetsAction(query).then((answer) => {
        if (current) setResults(answer.ok ? answer.data : []);
      });
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [open, query]);

  const close = () => {
    onClose();
    editor.commands.focus();
  };
  const apply = (target = href, label = text) => {
    const value = withProtocol(target);
    if (!isSafeHref(value)) {
      setError('Liên kết phải bắt đầu bằng http://, https://, mailto:, tel: hoặc / (trang trong cổng).');
      return;
    }
    const chain = editor.chain().focus();
    if (needsText) chain.insertContent({ type: 'text', text: label.trim() || value, marks: [{ type: 'link', attrs: { href: value } }] }).run();
    else chain.extendMarkRange('link').setLink({ href: value }).run();
    onClose();
  };

  return (
    <ModalDialog open={open} title={existing ? 'Sửa liên kết' : 'Chèn liên kết'} onClose={close} wide>
      <form
        onSubmit={(event) => {
          // React passes events up through the portal: the article form must not see this one.
          event.preventDefault();
          event.stopPropagation();
          apply();
        }}
        className="grid gap-3"
      >
        <div>
          <label htmlFor={`${id}-dia-chi`} className="font-medium">
            Địa chỉ
          </label>
          <input
            id={`${id}-dia-chi`}
            value={href}
            onChange={(event) => setHref(event.target.value)}
            placeholder="https://… hoặc /bai-viet/…"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-loi` : undefined}
            className={field}
            autoFocus
          />
          {error && (
            <p id={`${id}-loi`} className="mt-1 text-sm text-red-800">
              {error}
            </p>
          )}
        </div>
        {needsText && (
          <div>
            <label htmlFor={`${id}-chu`} className="font-medium">
              Chữ hiển thị
            </label>
            <input id={`${id}-chu`} value={text} onChange={(event) => setText(event.target.value)} placeholder="Để trống: dùng tên bài hoặc địa chỉ" className={field} />
          </div>
        )}
        <div>
          <label htmlFor={`${id}-tim`} className="font-medium">
            Hoặc tìm bài trên cổng
          </label>
          <input id={`${id}-tim`} type="search" value={query} onChange={(event) => setQuery(event.target.value)} placeholder="Gõ vài chữ của tiêu đề, có dấu hay không đều được" className={field} />
          <ul aria-label="Bài tìm được" className="mt-2 max-h-60 divide-y divide-neutral-200 overflow-y-auto rounded border border-neutral-200">
            {results === null && <li className="p-2 text-sm text-neutral-600">Đang tìm…</li>}
            {results?.length === 0 && <li className="p-2 text-sm text-neutral-600">Không có bài nào khớp.</li>}
            {results?.map((target) => (
              <li key={target.path}>
                <button
                  type="button"
                  onClick={() => apply(target.path, text.trim() || target.title)}
                  className="block w-full p-2 text-left hover:bg-brand-50"
                >
                  <span className="block font-medium">{target.title}</span>
                  <span className="text-sm text-neutral-600">
                    {target.path} · {formatVietnamTime(target.publishedAt)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
        <div className="flex flex-wrap justify-end gap-2">
          {existing && (
            <button
              type="button"
              onClick={() => {
                editor.chain().focus().extendMarkRange('link').unsetLink().run();
                onClose();
              }}
              className="min-h-11 rounded border border-red-300 px-4 text-red-800"
            >
              Bỏ liên kết
            </button>
          )}
          <button type="button" onClick={close} className="min-h-11 rounded border border-neutral-400 px-4">
            Huỷ
          </button>
          <button type="submit" className="min-h-11 rounded bg-brand-700 px-4 font-bold text-white">
            {existing ? 'Lưu liên kết' : 'Gắn liên kết'}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
