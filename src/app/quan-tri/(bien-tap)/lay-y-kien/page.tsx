import Link from 'next/link';
import { requireActor } from '@/lib/auth/session';
import { CONSULTATION_STATUS_LABELS, listConsultationsForEditors } from '@/lib/consultations/editor-consultations';
import { formatCalendarDate } from '@/lib/consultations/working-days';
import { editorContext } from '@/lib/editor/run-action';
import { formatVietnamTime } from '@/lib/text/dates';

export const metadata = { title: 'Lấy ý kiến Nhân dân' };

export default async function ConsultationsAdminPage() {
  const actor = await requireActor('/quan-tri/lay-y-kien', 'consultation.read');
  const rows = await listConsultationsForEditors(await editorContext());
  const seesResponses = actor.role === 'APPROVER' || actor.role === 'ADMIN';
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Lấy ý kiến Nhân dân</h1>
        <p className="flex flex-wrap gap-3">
          {seesResponses && (
            <Link href="/quan-tri/gop-y" className="inline-flex min-h-11 items-center rounded border border-neutral-400 px-4">
              Hộp thư góp ý
            </Link>
          )}
          <Link href="/quan-tri/lay-y-kien/moi" className="inline-flex min-h-11 items-center rounded bg-brand-700 px-4 font-medium text-white hover:bg-brand-800">
            Tạo đợt lấy ý kiến
          </Link>
        </p>
      </div>
      <table className="mt-4 w-full border-collapse text-sm">
        <caption className="sr-only">Các đợt lấy ý kiến, mới sửa trước</caption>
        <thead>
          <tr className="border-b-2 border-neutral-400 text-left">
            <th scope="col" className="px-2 py-2">Tiêu đề</th>
            <th scope="col" className="px-2 py-2">Trạng thái</th>
            <th scope="col" className="px-2 py-2">Hạn góp ý</th>
            <th scope="col" className="px-2 py-2">Danh sách</th>
            {seesResponses && <th scope="col" className="px-2 py-2">Góp ý</th>}
            <th scope="col" className="px-2 py-2">Sửa lúc</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-neutral-200 align-top">
              <th scope="row" className="px-2 py-2 text-left font-medium">
                <Link href={`/quan-tri/lay-y-kien/${row.id}`} className="text-brand-700 hover:underline">
                  {row.title}
                </Link>
                {row.calendarFlaggedAt && <span className="block text-xs font-medium text-amber-800">Lịch làm việc đã đổi: cần xem lại hạn góp ý</span>}
              </th>
              <td className="px-2 py-2">{CONSULTATION_STATUS_LABELS[row.status]}</td>
              <td className="px-2 py-2">{row.closesOn ? formatCalendarDate(row.closesOn.toISOString().slice(0, 10)) : '—'}</td>
              <td className="px-2 py-2">{row._count.candidates}</td>
              {seesResponses && <td className="px-2 py-2">{row._count.responses}</td>}
              <td className="px-2 py-2">{formatVietnamTime(row.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p className="mt-4 text-neutral-700">Chưa có đợt lấy ý kiến nào.</p>}
    </>
  );
}
