'use client';

import { NodeViewWrapper, type NodeViewProps } from '@tiptap/react';
import { stripCaptionPrefix } from '@/lib/text/prefixes';
import { moveBlockAt } from './block-moves';
import { useBodyHost } from './body-host';

const small = 'min-h-9 rounded border border-neutral-400 bg-white px-2 text-sm hover:bg-neutral-100';

/** A photo placed in the body, as the editor shows it: picture, printed caption, moves. */
export function FigureView({ node, selected, deleteNode, editor, getPos }: NodeViewProps) {
  const { photos, editPhotoWords } = useBodyHost();
  const mediaId = node.attrs.mediaId as number;
  const index = photos.findIndex((p) => p.mediaId === mediaId);
  const photo = photos[index];
  const caption = photo ? stripCaptionPrefix(photo.caption) : '';
  const label = photo ? `ảnh ${index + 1}` : 'ảnh';
  const move = (direction: -1 | 1) => {
    const pos = getPos();
    if (typeof pos === 'number') moveBlockAt(editor, pos, direction);
  };
  return (
    <NodeViewWrapper as="figure" contentEditable={false} data-figure-view={mediaId} className={`not-prose my-4 rounded border-2 p-2 ${selected ? 'border-brand-600' : 'border-dashed border-neutral-300'}`}>
      <div data-drag-handle draggable="true" className="cursor-grab" title="Kéo để đổi chỗ ảnh">
        {photo ? (
          // eslint-disable-next-line @next/next/no-img-element
          <img src={`/anh/${photo.storageKey}/w640.webp`} alt={photo.alt} width={640} height={Math.round((photo.height / photo.width) * 640)} className="h-auto max-h-72 w-auto" draggable={false} />
        ) : (
          <p className="text-sm text-red-800">Ảnh này đã bị bỏ khỏi phần Ảnh của bài; hãy bỏ khối này hoặc thêm lại ảnh.</p>
        )}
      </div>
      <figcaption className="mt-1 text-sm text-neutral-700">
        {caption || photo?.credit ? (
          <>
            {caption && `Ảnh: ${caption}`}
            {photo?.credit && ` (${photo.credit})`}
          </>
        ) : (
          <em>Chưa có chú thích</em>
        )}
      </figcaption>
      <div className="not-prose mt-2 flex flex-wrap gap-2">
        <button type="button" className={small} aria-label={`Đưa ${label} lên trên một khối`} onClick={() => move(-1)}>
          ↑ Lên
        </button>
        <button type="button" className={small} aria-label={`Đưa ${label} xuống dưới một khối`} onClick={() => move(1)}>
          ↓ Xuống
        </button>
        {photo && (
          <button type="button" className={small} onClick={() => editPhotoWords(mediaId)}>
            Sửa chú thích, mô tả
          </button>
        )}
        <button type="button" className={`${small} text-red-800`} onClick={deleteNode}>
          Bỏ khỏi nội dung
        </button>
      </div>
    </NodeViewWrapper>
  );
}
