import Link from 'next/link';
import { can } from '@/lib/auth/permissions';
import { requireActor } from '@/lib/auth/session';
import { RECORD_STATUS_LABELS, documentTitle } from '@/lib/documents/document-labels';
import { listDocumentsForEditors } from '@/lib/documents/editor-documents';
import { editorContext } from '@/lib/editor/run-action';
import { formatVietnamDate, formatVietnamTime } from '@/lib/text/dates';

export const metadata = { title: 'Văn bản' };

export default async function DocumentListPage() {
  const actor = await requireActor('/quan-tri/van-ban', 'document.read');
  const rows = await listDocumentsForEditors(await editorContext());
  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">Văn bản</h1>
        {can(actor, 'document.create') && (
          <Link href="/quan-tri/van-ban/moi" className="inline-flex min-h-11 items-center rounded bg-brand-700 px-4 font-medium text-white hover:bg-brand-800">
            Nhập văn bản
          </Link>
        )}
      </div>
      {rows.length === 0 ? (
        <p className="mt-4">Chưa có văn bản nào.</p>
      ) : (
        <table className="mt-4 w-full border-collapse text-sm">
          <caption className="sr-only">Các văn bản trong sổ, mới sửa trước</caption>
          <thead>
            <tr className="border-b-2 border-neutral-400 text-left">
              <th scope="col" className="px-2 py-1">Văn bản</th>
              <th scope="col" className="px-2 py-1">Trích yếu</th>
              <th scope="col" className="px-2 py-1">Trạng thái</th>
              <th scope="col" className="px-2 py-1">Sửa lúc</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-neutral-200 align-top">
                <th scope="row" className="px-2 py-1 text-left font-medium">
                  <Link href={`/quan-tri/van-ban/${row.id}`} className="text-brand-700 underline">
                    {documentTitle(row)}
                  </Link>
                  <span className="block font-normal text-neutral-700">{formatVietnamDate(row.issuedOn)}</span>
                </th>
                <td className="px-2 py-1">{row.summary}</td>
                <td className="px-2 py-1">{RECORD_STATUS_LABELS[row.status]}</td>
                <td className="px-2 py-1">{formatVietnamTime(row.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
