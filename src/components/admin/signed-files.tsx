import { attachmentUrl } from '@/lib/content/attachment-files';
import { formatBytes } from '@/lib/text/format';
import { FileAttach } from './file-attach';

type File = { id: number; title: string; originalName: string; bytes: number };
type Attach = Parameters<typeof FileAttach>[0]['attach'];

/** The signed documents of a record in the editor area (a notice, a decision): the list, and the upload when it may still change. */
export function SignedFiles({ title, files, empty, uploadLabel, attach }: { title: string; files: File[]; empty: string; uploadLabel: string; attach: Attach | null }) {
  return (
    <section aria-labelledby="tep" className="mt-8">
      <h2 id="tep" className="text-xl font-bold">
        {title}
      </h2>
      <ul className="mt-2 list-disc pl-6 text-sm">
        {files.map((file) => (
          <li key={file.id}>
            <a href={attachmentUrl({ id: file.id, fileName: file.originalName })} className="text-brand-700 underline">
              {file.title}
            </a>{' '}
            ({formatBytes(file.bytes)})
          </li>
        ))}
      </ul>
      {files.length === 0 && <p className="mt-1 text-sm text-neutral-700">{empty}</p>}
      {attach && <FileAttach label={uploadLabel} attach={attach} />}
    </section>
  );
}
