import Link from 'next/link';
import { requireActor } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { DECISION_STATUS_LABELS, listDecisionsForEditors } from '@/lib/awards/editor-decisions';
import { editorContext } from '@/lib/editor/run-action';
import { formatVietnamDate, formatVietnamTime } from '@/lib/text/dates';

export const metadata = { title: 'Quyết định khen thưởng' };

export default async function DecisionListPage() {
  const actor = await requireActor('/quan-tri/quyet-dinh', 'decision.read');
  const rows = await listDecisionsForEditors(await editorContext());
  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">Quyết định khen thưởng</h1>
        {can(actor, 'decision.create') && (
          <Link href="/quan-tri/quyet-dinh/moi" className="inline-flex min-h-11 items-center rounded bg-brand-700 px-4 font-medium text-white hover:bg-brand-800">
            Nhập quyết định
          </Link>
        )}
      </div>
      {rows.length === 0 ? (
        <p className="mt-4">Chưa có quyết định nào.</p>
      ) : (
        <table className="mt-4 w-full border-collapse text-sm">
          <caption className="sr-only">Các quyết định khen thưởng, mới sửa trước</caption>
          <thead>
            <tr className="border-b-2 border-neutral-400 text-left">
              <th scope="col" className="px-2 py-1">Số, ngày</th>
              <th scope="col" className="px-2 py-1">Trích yếu</th>
              <th scope="col" className="px-2 py-1">Số dòng</th>
              <th scope="col" className="px-2 py-1">Trạng thái</th>
              <th scope="col" className="px-2 py-1">Sửa lúc</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-neutral-200 align-top">
                <th scope="row" className="px-2 py-1 text-left font-medium">
                  <Link href={`/quan-tri/quyet-dinh/${row.id}`} className="text-brand-700 underline">
                    {row.number}
                  </Link>
                  <span className="block font-normal text-neutral-700">{formatVietnamDate(row.issuedOn)}</span>
                </th>
                <td className="px-2 py-1">{row.summary}</td>
                <td className="px-2 py-1">{row._count.grants.toLocaleString('vi-VN')}</td>
                <td className="px-2 py-1">{DECISION_STATUS_LABELS[row.status]}</td>
                <td className="px-2 py-1">{formatVietnamTime(row.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
