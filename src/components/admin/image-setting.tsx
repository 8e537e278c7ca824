'use client';

import { useId, useState } from 'react';
import { uploadFile } from '@/components/editor/upload-file';
import { imageUrl } from '@/lib/media/variants';

type Image = { mediaId: number; storageKey: string } | null;

/**
 * An image setting (the logo, the banner, a linked portal's logo) inside an ActionForm:
 * the file is checked and stored by the photo upload (sharp reads it, whatever its name),
 * and the form then saves its id with the other fields.
 */
export function ImageSetting({ name, label, hint, initial }: { name: string; label: string; hint?: string; initial: Image }) {
  const id = useId();
  const [image, setImage] = useState<Image>(initial);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  async function send(file: File) {
    setMessage({ ok: true, text: 'Đang tải lên…' });
    const uploaded = await uploadFile<{ mediaId: number; storageKey: string }>('/api/quan-tri/anh', file, () => undefined);
    if (!uploaded.ok) return setMessage({ ok: false, text: uploaded.error });
    setImage({ mediaId: uploaded.data.mediaId, storageKey: uploaded.data.storageKey });
    setMessage({ ok: true, text: 'Đã tải lên; bấm Lưu để dùng ảnh này.' });
  }
  return (
    <div>
      <input type="hidden" name={name} value={image?.mediaId ?? ''} />
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      {hint && <p className="text-sm text-neutral-700">{hint}</p>}
      {image && (
        // eslint-disable-next-line @next/next/no-img-element
        <img src={imageUrl(image.storageKey, { kind: 'width', width: 320, format: 'webp' })} alt={`${label} đang chọn`} className="mt-2 max-h-20 w-auto rounded border border-neutral-300 bg-neutral-100 p-1" />
      )}
      <input
        id={id}
        type="file"
        accept="image/*"
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) void send(file);
          event.target.value = '';
        }}
        className="mt-1 block text-sm"
      />
      {image && (
        <button type="button" onClick={() => setImage(null)} className="mt-1 min-h-11 text-sm text-red-800 underline">
          Bỏ ảnh này
        </button>
      )}
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={`mt-1 text-sm ${message.ok ? 'text-green-900' : 'text-red-800'}`}>
          {message.text}
        </p>
      )}
    </div>
  );
}
