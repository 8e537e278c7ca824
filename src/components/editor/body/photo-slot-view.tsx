'use client';

import { NodeViewWrapper, type NodeViewProps } from '@tiptap/react';
import { useId, useState } from 'react';
import { useBodyHost } from './body-host';
import { fillSlot } from './photo-placement';

const small = 'inline-flex min-h-9 cursor-pointer items-center rounded border border-neutral-400 bg-white px-2 text-sm hover:bg-neutral-100';

/** A place waiting for a photo (from a pasted "Ảnh: …" line): drop, pick or upload one. */
export function PhotoSlotView({ node, editor, getPos, updateAttributes, deleteNode }: NodeViewProps) {
  const host = useBodyHost();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const caption = node.attrs.caption as string;

  const place = (mediaId: number | undefined) => {
    const pos = getPos();
    if (mediaId && typeof pos === 'number') fillSlot(editor.view, pos, [mediaId], host.captionPhoto);
  };
  const upload = async (files: File[]) => {
    const images = files.filter((file) => file.type.startsWith('image/'));
    if (images.length === 0) return;
    setBusy(true);
    const [mediaId] = await host.uploadPhotos(images.slice(0, 1));
    setBusy(false);
    place(mediaId);
  };
  const inBody = new Set<number>();
  editor.state.doc.forEach((block) => {
    if (block.type.name === 'figure') inBody.add(block.attrs.mediaId as number);
  });
  const unplaced = host.photos.filter((photo) => !inBody.has(photo.mediaId));

  return (
    <NodeViewWrapper
      as="figure"
      contentEditable={false}
      data-photo-slot-view=""
      aria-label={`Chỗ ảnh: ${caption || 'chưa có chú thích'}`}
      role="group"
      className="photo-slot not-prose my-4 rounded border-2 border-dashed border-amber-500 bg-amber-50 p-3"
    >
      <p className="text-sm font-bold text-amber-900">{busy ? 'Đang tải ảnh lên…' : 'Chỗ ảnh — thả ảnh vào khung này, hoặc chọn:'}</p>
      <label htmlFor={`${id}-chu-thich`} className="mt-2 block text-sm font-medium">
        Chú thích (in dưới ảnh sau “Ảnh:”)
      </label>
      <input id={`${id}-chu-thich`} value={caption} onChange={(event) => updateAttributes({ caption: event.target.value })} className="w-full rounded border border-neutral-400 bg-white px-2 py-1.5 text-sm" />
      <div className="mt-2 flex flex-wrap items-center gap-2">
        {host.canUpload && (
          <label className={small}>
            Tải ảnh lên…
            <input
              type="file"
              accept="image/jpeg,image/png,image/webp"
              className="sr-only"
              aria-label={`Tải ảnh lên cho chỗ ảnh “${caption}”`}
              onChange={(event) => {
                void upload([...(event.target.files ?? [])]);
                event.target.value = '';
              }}
            />
          </label>
        )}
        {unplaced.length > 0 && (
          <select aria-label={`Dùng ảnh đã tải lên cho chỗ ảnh “${caption}”`} value="" onChange={(event) => place(Number(event.target.value))} className="min-h-9 rounded border border-neutral-400 bg-white px-2 text-sm">
            <option value="">Dùng ảnh đã tải lên…</option>
            {unplaced.map((photo) => (
              <option key={photo.mediaId} value={photo.mediaId}>
                Ảnh {host.photos.indexOf(photo) + 1}
                {photo.alt ? `: ${photo.alt}` : ''}
              </option>
            ))}
          </select>
        )}
        {host.canUpload && (
          <button type="button" className={small} onClick={() => host.openLibrary(place)}>
            Thư viện ảnh…
          </button>
        )}
        <button type="button" className={`${small} text-red-800`} onClick={deleteNode}>
          Bỏ chỗ ảnh
        </button>
      </div>
    </NodeViewWrapper>
  );
}
