'use client';

import { useId } from 'react';
import type { EditableAttachment } from '@/lib/editor/editable-article';
import type { UploadedAttachment } from '@/lib/uploads/store-upload';
import { FieldError } from './field-error';
import { moved } from './photo-manager';
import { formatBytes } from '@/lib/text/format';
import { UploadQueue, useUploads } from './upload-queue';

const MAX_BYTES = 50 * 1024 * 1024;
const ACCEPT = '.pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods';

type Props = {
  files: EditableAttachment[];
  canUpload: boolean;
  errors: Record<string, string[]>;
  onChange: (update: (current: EditableAttachment[]) => EditableAttachment[]) => void;
};

export function AttachmentManager({ files, canUpload, errors, onChange }: Props) {
  const inputId = useId();
  const uploads = useUploads<UploadedAttachment>('/api/quan-tri/tep', MAX_BYTES, 'Tệp đính kèm vượt quá 50 MB.', (file) =>
    onChange((current) => (current.some((f) => f.id === file.id) ? current : [...current, file])),
  );
  return (
    <fieldset className="rounded border border-neutral-300 p-4">
      <legend className="px-1 text-lg font-bold">File đính kèm</legend>
      {canUpload ? (
        <div>
          <label htmlFor={inputId} className="inline-block cursor-pointer rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
            Chọn tệp…
          </label>
          <input
            id={inputId}
            type="file"
            multiple
            accept={ACCEPT}
            className="sr-only"
            onChange={(event) => {
              void uploads.add([...(event.target.files ?? [])]);
              event.target.value = '';
            }}
          />
          <p className="mt-2 text-sm text-neutral-600">PDF, DOC/DOCX, XLS/XLSX, PPT/PPTX, ODT/ODS, tối đa 50 MB mỗi tệp.</p>
        </div>
      ) : (
        <p className="text-sm text-neutral-700">Cộng tác viên không tải tệp lên; biên tập viên sẽ bổ sung khi biên tập.</p>
      )}
      <UploadQueue items={uploads.items} onDismiss={uploads.dismiss} />
      <FieldError id="loi-tep" messages={errors.attachments} />
      <ol className="mt-3 space-y-2">
        {files.map((file, index) => {
          const titleError = errors[`attachments.${index}.title`];
          return (
            <li key={file.id} className="rounded border border-neutral-200 p-3">
              <label htmlFor={`tep-${file.id}`} className="text-sm font-medium">
                Tên hiển thị của tệp {file.originalName} ({formatBytes(file.bytes)})
              </label>
              <input
                id={`tep-${file.id}`}
                value={file.title}
                aria-invalid={titleError ? true : undefined}
                onChange={(event) => onChange((current) => current.map((f) => (f.id === file.id ? { ...f, title: event.target.value } : f)))}
                className="w-full rounded border border-neutral-400 px-2 py-1.5"
              />
              <FieldError id={`tep-${file.id}-loi`} messages={titleError} />
              <div className="mt-2 flex gap-2 text-sm">
                <button type="button" aria-label={`Đưa tệp ${index + 1} lên`} onClick={() => onChange((current) => moved(current, index, index - 1))} className="rounded border border-neutral-400 px-2 py-1">
                  ↑
                </button>
                <button type="button" aria-label={`Đưa tệp ${index + 1} xuống`} onClick={() => onChange((current) => moved(current, index, index + 1))} className="rounded border border-neutral-400 px-2 py-1">
                  ↓
                </button>
                <button type="button" onClick={() => onChange((current) => current.filter((f) => f.id !== file.id))} className="rounded border border-red-300 px-2 py-1 text-red-700">
                  Bỏ tệp
                </button>
              </div>
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
}
