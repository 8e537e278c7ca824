import { formatVietnamTime } from '@/lib/text/dates';

type Revision = { id: number; version: number; kind: string; note: string; createdAt: Date; createdBy: { name: string } | null };

/** "Lịch sử" of a record in the editor area: each revision, newest first, with who and why. */
export function RevisionHistory({ revisions, labels }: { revisions: Revision[]; labels: Record<string, string> }) {
  return (
    <section aria-labelledby="phien-ban" className="mt-8">
      <h2 id="phien-ban" className="text-xl font-bold">
        Lịch sử
      </h2>
      <ol className="mt-2 space-y-1 text-sm">
        {revisions.map((revision) => (
          <li key={revision.id}>
            {formatVietnamTime(revision.createdAt)} · {revision.createdBy?.name ?? 'Hệ thống'} · {labels[revision.kind] ?? revision.kind} (phiên bản {revision.version})
            {revision.note ? `: ${revision.note}` : ''}
          </li>
        ))}
      </ol>
    </section>
  );
}
