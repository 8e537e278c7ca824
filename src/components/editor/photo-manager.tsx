'use client';

import { useId, useState } from 'react';
import type { EditablePhoto } from '@/lib/editor/editable-article';
import type { UploadedPhoto } from '@/lib/uploads/store-upload';
import { FieldError } from './field-error';
import { UploadQueue, useUploads } from './upload-queue';

const MAX_BYTES = 25 * 1024 * 1024;

export type PhotoState = { photos: EditablePhoto[]; leadMediaId: number | null };

type Props = {
  photos: EditablePhoto[];
  leadMediaId: number | null;
  canUpload: boolean;
  errors: Record<string, string[]>;
  onChange: (update: (current: PhotoState) => PhotoState) => void;
  onInsert: (mediaId: number) => void;
};

export function moved<T>(list: T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length) return list;
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item);
  return copy;
}

export function PhotoManager({ photos, leadMediaId, canUpload, errors, onChange, onInsert }: Props) {
  const inputId = useId();
  const [dragging, setDragging] = useState(false);
  const uploads = useUploads<UploadedPhoto>('/api/quan-tri/anh', MAX_BYTES, 'Ảnh vượt quá 25 MB.', (uploaded) => {
    onChange((current) => {
      if (current.photos.some((p) => p.mediaId === uploaded.mediaId)) return current;
      const photo: EditablePhoto = { mediaId: uploaded.mediaId, storageKey: uploaded.storageKey, width: uploaded.width, height: uploaded.height, alt: '', caption: '', credit: '', decorative: false };
      return { photos: [...current.photos, photo], leadMediaId: current.leadMediaId ?? uploaded.mediaId };
    });
  });

  const set = (next: EditablePhoto[], lead: number | null) => onChange(() => ({ photos: next, leadMediaId: lead }));
  const update = (index: number, patch: Partial<EditablePhoto>) =>
    onChange((current) => ({ ...current, photos: current.photos.map((p, i) => (i === index ? { ...p, ...patch } : p)) }));

  return (
    <fieldset className="rounded border border-neutral-300 p-4">
      <legend className="px-1 text-lg font-bold">Ảnh</legend>
      {canUpload ? (
        <div
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(event) => {
            event.preventDefault();
            setDragging(false);
            uploads.add([...event.dataTransfer.files]);
          }}
          className={`rounded border-2 border-dashed p-4 text-center ${dragging ? 'border-brand-600 bg-brand-50' : 'border-neutral-400'}`}
        >
          <p>Kéo thả ảnh vào đây, hoặc</p>
          <label htmlFor={inputId} className="mt-2 inline-block cursor-pointer rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
            Chọn ảnh…
          </label>
          <input
            id={inputId}
            type="file"
            multiple
            accept="image/jpeg,image/png,image/webp"
            className="sr-only"
            onChange={(event) => {
              uploads.add([...(event.target.files ?? [])]);
              event.target.value = '';
            }}
          />
          <p className="mt-2 text-sm text-neutral-600">JPEG, PNG hoặc WebP, tối đa 25 MB và 50 megapixel mỗi ảnh. Thông tin vị trí (GPS) và EXIF được xoá khi tải lên.</p>
        </div>
      ) : (
        <p className="text-sm text-neutral-700">Cộng tác viên không tải ảnh lên; biên tập viên sẽ bổ sung ảnh khi biên tập.</p>
      )}
      <UploadQueue items={uploads.items} onDismiss={uploads.dismiss} />
      <FieldError id="loi-anh" messages={errors.photos} />
      <ol className="mt-4 space-y-4">
        {photos.map((photo, index) => {
          const altError = errors[`photos.${index}.alt`];
          const base = `anh-${photo.mediaId}`;
          return (
            <li key={photo.mediaId} className="grid gap-3 rounded border border-neutral-200 p-3 sm:grid-cols-[160px_minmax(0,1fr)]">
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img src={`/anh/${photo.storageKey}/w320.webp`} alt="" width={160} height={Math.round((photo.height / photo.width) * 160)} className="h-auto w-40 rounded bg-neutral-100" />
              <div className="grid gap-2">
                <div>
                  <label htmlFor={`${base}-alt`} className="text-sm font-medium">
                    Mô tả ảnh (alt) {photo.decorative ? '' : <span className="text-red-700">*</span>}
                  </label>
                  <input
                    id={`${base}-alt`}
                    value={photo.alt}
                    disabled={photo.decorative}
                    aria-invalid={altError ? true : undefined}
                    aria-describedby={altError ? `${base}-alt-loi` : undefined}
                    onChange={(event) => update(index, { alt: event.target.value })}
                    className="w-full rounded border border-neutral-400 px-2 py-1.5 disabled:bg-neutral-100"
                  />
                  <FieldError id={`${base}-alt-loi`} messages={altError} />
                  <label className="mt-1 flex items-center gap-2 text-sm">
                    <input type="checkbox" checked={photo.decorative} onChange={(event) => update(index, { decorative: event.target.checked })} />
                    Ảnh trang trí (không cần mô tả)
                  </label>
                </div>
                <div>
                  <label htmlFor={`${base}-caption`} className="text-sm font-medium">
                    Chú thích
                  </label>
                  <textarea id={`${base}-caption`} rows={2} value={photo.caption} onChange={(event) => update(index, { caption: event.target.value })} className="w-full rounded border border-neutral-400 px-2 py-1.5" />
                </div>
                <div>
                  <label htmlFor={`${base}-credit`} className="text-sm font-medium">
                    Nguồn ảnh (tác giả, đơn vị)
                  </label>
                  <input id={`${base}-credit`} value={photo.credit} onChange={(event) => update(index, { credit: event.target.value })} className="w-full rounded border border-neutral-400 px-2 py-1.5" />
                </div>
                <div className="flex flex-wrap items-center gap-2 text-sm">
                  <label className="flex items-center gap-2">
                    <input type="radio" name="anh-dai-dien" checked={leadMediaId === photo.mediaId} onChange={() => set(photos, photo.mediaId)} />
                    Ảnh đại diện
                  </label>
                  <button type="button" onClick={() => onInsert(photo.mediaId)} className="rounded border border-neutral-400 px-2 py-1 hover:bg-neutral-100">
                    Chèn vào nội dung
                  </button>
                  <button type="button" aria-label={`Đưa ảnh ${index + 1} lên`} onClick={() => set(moved(photos, index, index - 1), leadMediaId)} className="rounded border border-neutral-400 px-2 py-1">
                    ↑
                  </button>
                  <button type="button" aria-label={`Đưa ảnh ${index + 1} xuống`} onClick={() => set(moved(photos, index, index + 1), leadMediaId)} className="rounded border border-neutral-400 px-2 py-1">
                    ↓
                  </button>
                  <button
                    type="button"
                    onClick={() => {
                      const rest = photos.filter((p) => p.mediaId !== photo.mediaId);
                      set(rest, leadMediaId === photo.mediaId ? (rest[0]?.mediaId ?? null) : leadMediaId);
                    }}
                    className="rounded border border-red-300 px-2 py-1 text-red-700"
                  >
                    Bỏ ảnh
                  </button>
                </div>
              </div>
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
}
