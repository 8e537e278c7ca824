'use client';

import { useId, useState } from 'react';
import type { EditablePhoto } from '@/lib/editor/editable-article';
import { stripCaptionPrefix } from '@/lib/text/prefixes';
import { PHOTO_MIME } from './body/photo-placement';
import { FieldError } from './field-error';
import { UploadQueue, type UploadItem } from './upload-queue';

export type PhotoState = { photos: EditablePhoto[]; leadMediaId: number | null };

type Props = {
  photos: EditablePhoto[];
  leadMediaId: number | null;
  canUpload: boolean;
  errors: Record<string, string[]>;
  uploads: { items: UploadItem[]; add: (files: File[]) => Promise<unknown>; dismiss: (key: number) => void };
  /** Media ids of the photos placed in the body. */
  inBody: Set<number>;
  onChange: (update: (current: PhotoState) => PhotoState) => void;
  onInsert: (mediaId: number) => void;
  onRemove: (mediaId: number) => void;
  onOpenLibrary: () => void;
};

export function moved<T>(list: T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length) return list;
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item);
  return copy;
}

const button = 'rounded border border-neutral-400 px-2 py-1 hover:bg-neutral-100';

/** The article's photos: upload, reuse, words (alt, caption, credit), lead photo, order, placing. */
export function PhotoManager({ photos, leadMediaId, canUpload, errors, uploads, inBody, onChange, onInsert, onRemove, onOpenLibrary }: Props) {
  const inputId = useId();
  const [dragging, setDragging] = useState(false);
  const set = (next: EditablePhoto[], lead: number | null) => onChange(() => ({ photos: next, leadMediaId: lead }));
  const update = (index: number, patch: Partial<EditablePhoto>) =>
    onChange((current) => ({ ...current, photos: current.photos.map((p, i) => (i === index ? { ...p, ...patch } : p)) }));

  return (
    <fieldset className="rounded border border-neutral-300 p-4">
      <legend className="px-1 text-lg font-bold">Ảnh</legend>
      {canUpload ? (
        <div
          onDragOver={(event) => {
            if (![...event.dataTransfer.types].includes('Files')) return;
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(event) => {
            if (event.dataTransfer.files.length === 0) return;
            event.preventDefault();
            setDragging(false);
            void uploads.add([...event.dataTransfer.files]);
          }}
          className={`rounded border-2 border-dashed p-4 text-center ${dragging ? 'border-brand-600 bg-brand-50' : 'border-neutral-400'}`}
        >
          <p>Kéo thả ảnh vào đây, hoặc</p>
          <div className="mt-2 flex flex-wrap justify-center gap-2">
            <label htmlFor={inputId} className="inline-block cursor-pointer rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
              Chọn ảnh…
            </label>
            <button type="button" onClick={onOpenLibrary} className="rounded border border-brand-700 px-4 py-2 font-medium text-brand-700 hover:bg-brand-50">
              Thư viện ảnh…
            </button>
          </div>
          <input
            id={inputId}
            type="file"
            multiple
            accept="image/jpeg,image/png,image/webp"
            className="sr-only"
            onChange={(event) => {
              void uploads.add([...(event.target.files ?? [])]);
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
      {photos.length > 0 && (
        <p id="anh-goi-y" className="mt-3 text-sm text-neutral-600">
          Kéo ảnh vào khung Nội dung để đặt giữa các đoạn, hoặc bấm “Chèn vào nội dung” (ảnh vào chỗ đường kẻ xanh trong khung).
        </p>
      )}
      <ol className="mt-3 space-y-4">
        {photos.map((photo, index) => {
          const altError = errors[`photos.${index}.alt`];
          const base = `anh-${photo.mediaId}`;
          const caption = stripCaptionPrefix(photo.caption);
          const placed = inBody.has(photo.mediaId);
          return (
            <li key={photo.mediaId} aria-label={`Ảnh ${index + 1}`} className="grid gap-3 rounded border border-neutral-200 p-3 sm:grid-cols-[160px_minmax(0,1fr)]">
              <div
                draggable
                onDragStart={(event) => {
                  event.dataTransfer.setData(PHOTO_MIME, String(photo.mediaId));
                  event.dataTransfer.effectAllowed = 'copy';
                }}
                className="cursor-grab"
                title="Kéo vào khung Nội dung để đặt ảnh"
              >
                {/* eslint-disable-next-line @next/next/no-img-element */}
                <img src={`/anh/${photo.storageKey}/w320.webp`} alt="" draggable={false} width={160} height={Math.round((photo.height / photo.width) * 160)} className="h-auto w-40 rounded bg-neutral-100" />
                <p className="mt-1 text-xs text-neutral-700">{placed ? 'Đã đặt trong nội dung' : leadMediaId === photo.mediaId ? 'Chưa đặt: hiện dưới sapo' : 'Chưa đặt: hiện cuối bài'}</p>
              </div>
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
                  <textarea
                    id={`${base}-caption`}
                    rows={2}
                    value={photo.caption}
                    aria-describedby={`${base}-in`}
                    onChange={(event) => update(index, { caption: event.target.value })}
                    onBlur={() => caption !== photo.caption && update(index, { caption })}
                    className="w-full rounded border border-neutral-400 px-2 py-1.5"
                  />
                </div>
                <div>
                  <label htmlFor={`${base}-credit`} className="text-sm font-medium">
                    Nguồn ảnh (tác giả, đơn vị)
                  </label>
                  <input id={`${base}-credit`} value={photo.credit} onChange={(event) => update(index, { credit: event.target.value })} className="w-full rounded border border-neutral-400 px-2 py-1.5" />
                </div>
                <p id={`${base}-in`} className="text-sm text-neutral-700">
                  In dưới ảnh:{' '}
                  {caption || photo.credit ? (
                    <i>
                      {caption && `Ảnh: ${caption}`}
                      {photo.credit && ` (${photo.credit})`}
                    </i>
                  ) : (
                    'không có chú thích'
                  )}
                </p>
                <div className="flex flex-wrap items-center gap-2 text-sm">
                  <label className="flex items-center gap-2">
                    <input type="radio" name="anh-dai-dien" checked={leadMediaId === photo.mediaId} onChange={() => set(photos, photo.mediaId)} />
                    Ảnh đại diện
                  </label>
                  <button type="button" aria-describedby="anh-goi-y" onClick={() => onInsert(photo.mediaId)} className={button}>
                    Chèn vào nội dung
                  </button>
                  <button type="button" aria-label={`Đưa ảnh ${index + 1} lên`} onClick={() => set(moved(photos, index, index - 1), leadMediaId)} className={button}>
                    ↑
                  </button>
                  <button type="button" aria-label={`Đưa ảnh ${index + 1} xuống`} onClick={() => set(moved(photos, index, index + 1), leadMediaId)} className={button}>
                    ↓
                  </button>
                  <button type="button" onClick={() => onRemove(photo.mediaId)} className="rounded border border-red-300 px-2 py-1 text-red-700">
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
