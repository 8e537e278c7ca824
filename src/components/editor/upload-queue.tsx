'use client';

import { useCallback, useRef, useState } from 'react';
import { formatBytes } from '@/lib/text/format';
import { uploadFile } from './upload-file';

export type UploadItem = { key: number; name: string; progress: number; error: string | null; done: boolean };

/** Files being uploaded, one request each, with progress and per-file errors. `add` resolves with what was stored. */
export function useUploads<T>(url: string, maxBytes: number, tooLarge: string, onUploaded: (data: T) => void) {
  const [items, setItems] = useState<UploadItem[]>([]);
  const nextKey = useRef(0);
  const onUploadedRef = useRef(onUploaded);
  onUploadedRef.current = onUploaded;

  const patch = (key: number, change: Partial<UploadItem>) => setItems((list) => list.map((item) => (item.key === key ? { ...item, ...change } : item)));

  const add = useCallback(
    async (files: File[]): Promise<T[]> => {
      const stored: (T | null)[] = await Promise.all(
        files.map(async (file): Promise<T | null> => {
          const key = (nextKey.current += 1);
          const tooBig = file.size > maxBytes;
          setItems((list) => [...list, { key, name: file.name, progress: 0, error: tooBig ? `${tooLarge} (${formatBytes(file.size)})` : null, done: false }]);
          if (tooBig) return null;
          const answer = await uploadFile<T>(url, file, (progress) => patch(key, { progress }));
          if (!answer.ok) {
            patch(key, { error: answer.error });
            return null;
          }
          onUploadedRef.current(answer.data);
          patch(key, { progress: 1, done: true });
          setTimeout(() => setItems((list) => list.filter((item) => item.key !== key)), 1500);
          return answer.data;
        }),
      );
      return stored.flatMap((data) => (data === null ? [] : [data]));
    },
    [url, maxBytes, tooLarge],
  );
  const dismiss = (key: number) => setItems((list) => list.filter((item) => item.key !== key));
  return { items, add, dismiss };
}

export function UploadQueue({ items, onDismiss }: { items: UploadItem[]; onDismiss: (key: number) => void }) {
  if (items.length === 0) return null;
  return (
    <ul className="mt-3 space-y-2" aria-live="polite">
      {items.map((item) => (
        <li key={item.key} className={`rounded border p-2 text-sm ${item.error ? 'border-red-300 bg-red-50' : 'border-neutral-200'}`}>
          <div className="flex items-center justify-between gap-2">
            <span className="truncate font-medium">{item.name}</span>
            {item.error && (
              <button type="button" onClick={() => onDismiss(item.key)} className="text-neutral-700 underline">
                Đóng
              </button>
            )}
          </div>
          {item.error ? (
            <p role="alert" className="text-red-800">
              {item.error}
            </p>
          ) : (
            <progress className="mt-1 h-2 w-full" max={1} value={item.progress} aria-label={`Đang tải lên ${item.name}`}>
              {Math.round(item.progress * 100)}%
            </progress>
          )}
          {item.done && <p className="text-green-800">Đã tải lên.</p>}
        </li>
      ))}
    </ul>
  );
}
