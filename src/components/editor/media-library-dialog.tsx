'use client';

import { useEffect, useId, useState } from 'react';
import { searchMediaLibraryAction } from '@/app/quan-tri/article-actions';
import { ModalDialog } from '@/components/ui/modal-dialog';
import type { LibraryPhoto } from '@/lib/editor/editor-lookups';
import { formatVietnamDate } from '@/lib/text/dates';

type Props = { open: boolean; inArticle: number[]; onPick: (photo: LibraryPhoto) => void; onClose: () => void };

/** Photos already uploaded, to use again: found by their alt text, caption, credit or file name. */
export function MediaLibraryDialog({ open, inArticle, onPick, onClose }: Props) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [photos, setPhotos] = useState<LibraryPhoto[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    let current = true;
    const timer = setTimeout(() => {
      void searchMediaLibraryAction(query).then((answer) => {
        if (!current) return;
        setPhotos(answer.ok ? answer.data : []);
        setError(answer.ok ? null : answer.error);
      });
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [open, query]);

  return (
    <ModalDialog open={open} title="Thư viện ảnh" onClose={onClose} wide>
      <label htmlFor={`${id}-tim`} className="font-medium">
        Tìm ảnh đã tải lên
      </label>
      <input
        id={`${id}-tim`}
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        placeholder="Mô tả, chú thích, tác giả ảnh… (có dấu hay không đều được)"
        className="w-full rounded border border-neutral-400 px-2 py-2"
        autoFocus
      />
      {error && <p className="mt-2 text-sm text-red-800">{error}</p>}
      <ul aria-label="Ảnh tìm được" aria-busy={photos === null} className="mt-3 grid max-h-[60vh] grid-cols-2 gap-3 overflow-y-auto sm:grid-cols-3">
        {photos?.length === 0 && <li className="col-span-full text-sm text-neutral-600">Không có ảnh nào khớp.</li>}
        {photos?.map((photo) => {
          const used = inArticle.includes(photo.mediaId);
          const name = photo.alt || photo.caption || `Ảnh tải lên ngày ${formatVietnamDate(photo.createdAt)}`;
          return (
            <li key={photo.mediaId} className="rounded border border-neutral-200 p-2 text-sm">
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img src={`/anh/${photo.storageKey}/w320.webp`} alt="" width={320} height={Math.round((photo.height / photo.width) * 320)} className="h-auto w-full rounded bg-neutral-100" />
              <p className="mt-1 line-clamp-2 font-medium">{name}</p>
              {photo.caption && photo.caption !== name && <p className="line-clamp-2 text-neutral-600">Ảnh: {photo.caption}</p>}
              {photo.credit && <p className="text-neutral-600">({photo.credit})</p>}
              <p className="text-neutral-600">{photo.uses > 0 ? `Đã dùng ở ${photo.uses} bài` : 'Chưa dùng ở bài nào'}</p>
              <button type="button" disabled={used} onClick={() => onPick(photo)} aria-label={`Dùng ảnh: ${name}`} className="mt-1 min-h-9 w-full rounded bg-brand-700 px-2 font-medium text-white disabled:bg-neutral-300 disabled:text-neutral-700">
                {used ? 'Đã có trong bài' : 'Dùng ảnh này'}
              </button>
            </li>
          );
        })}
      </ul>
    </ModalDialog>
  );
}
