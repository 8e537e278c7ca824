import type { AttachmentView } from '@/lib/content/views';
import { formatBytes } from '@/lib/text/format';
import { attachmentUrl, fileTypeLabel } from '@/lib/content/attachment-files';

export function AttachmentList({ files }: { files: AttachmentView[] }) {
  if (files.length === 0) return null;
  return (
    <section aria-labelledby="file-dinh-kem" className="mt-8 rounded border border-neutral-200 bg-neutral-50 p-4">
      <h2 id="file-dinh-kem" className="mb-3 text-base font-bold">
        File đính kèm
      </h2>
      <ul className="space-y-2">
        {files.map((file) => (
          <li key={file.id} className="flex flex-wrap items-baseline gap-x-2">
            <a href={attachmentUrl(file)} download className="font-medium text-brand-700 underline underline-offset-2">
              {file.title}
            </a>
            <span className="text-sm text-neutral-600">
              ({fileTypeLabel(file.mime, file.fileName)}, {formatBytes(file.bytes)})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
