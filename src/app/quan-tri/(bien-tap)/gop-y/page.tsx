import Link from 'next/link';
import { responseStatusAction } from '@/app/quan-tri/consultation-actions';
import { ActionForm } from '@/components/admin/action-form';
import { ResponseStatusSelect } from '@/components/consultation-editor/response-status-select';
import { Pagination } from '@/components/ui/pagination';
import { requireActor } from '@/lib/auth/session';
import { INBOX_STATUS_LABELS, listResponses, RESPONSE_STATUSES, type InboxFilters } from '@/lib/consultations/response-inbox';
import { editorContext } from '@/lib/editor/run-action';
import { db } from '@/lib/db';
import { formatVietnamTime } from '@/lib/text/dates';
import { pageCount, parsePage } from '@/lib/text/pagination';

export const metadata = { title: 'Hộp thư góp ý' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';
const select = 'min-h-11 rounded border border-neutral-400 bg-white px-2';

export default async function InboxPage({ searchParams }: Props) {
  await requireActor('/quan-tri/gop-y', 'response.read');
  const query = await searchParams;
  const consultationId = /^\d{1,9}$/.test(one(query.dot)) ? Number(one(query.dot)) : undefined;
  const about = one(query['doi-tuong']);
  const status = (RESPONSE_STATUSES as readonly string[]).includes(one(query['tinh-trang'])) ? (one(query['tinh-trang']) as InboxFilters['status']) : undefined;
  const page = parsePage(one(query.trang)) ?? 1;
  const filters: InboxFilters = { consultationId, candidateId: about === 'ca-danh-sach' ? 'list' : /^\d{1,9}$/.test(about) ? Number(about) : undefined, status, page };
  const [{ rows, total }, consultations] = await Promise.all([
    listResponses(await editorContext(), filters),
    db.consultation.findMany({ where: { status: { in: ['SCHEDULED', 'OPEN', 'CLOSED', 'CONCLUDED'] } }, orderBy: { opensAt: 'desc' }, select: { id: true, title: true, candidates: { select: { id: true, name: true }, orderBy: { position: 'asc' } } } }),
  ]);
  const chosen = consultations.find((c) => c.id === consultationId);
  return (
    <>
      <h1 className="text-2xl font-bold">Hộp thư góp ý</h1>
      <p className="mt-1 text-sm text-neutral-700">Chỉ Ban biên tập và quản trị xem được góp ý; mỗi lần xem đều được ghi vào nhật ký. Danh tính người góp ý phải được giữ kín.</p>
      <form method="get" className="mt-4 flex flex-wrap items-end gap-3" aria-label="Lọc góp ý">
        <label className="grid text-sm">
          Đợt lấy ý kiến
          <select name="dot" defaultValue={consultationId ?? ''} className={select}>
            <option value="">Tất cả</option>
            {consultations.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title.slice(0, 90)}
              </option>
            ))}
          </select>
        </label>
        {chosen && (
          <label className="grid text-sm">
            Góp ý về
            <select name="doi-tuong" defaultValue={about} className={select}>
              <option value="">Tất cả</option>
              <option value="ca-danh-sach">Cả danh sách</option>
              {chosen.candidates.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="grid text-sm">
          Tình trạng
          <select name="tinh-trang" defaultValue={status ?? ''} className={select}>
            <option value="">Tất cả</option>
            {RESPONSE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {INBOX_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="min-h-11 rounded border border-neutral-500 px-4">
          Lọc
        </button>
        {chosen && (
          <Link href={`/quan-tri/gop-y/tong-hop/${chosen.id}`} className="inline-flex min-h-11 items-center rounded bg-brand-700 px-4 font-medium text-white">
            Tổng hợp ý kiến
          </Link>
        )}
      </form>
      <p className="mt-4 text-sm">{total} góp ý</p>
      {rows.length > 0 && (
        <ActionForm action={responseStatusAction} submit="Cập nhật tình trạng các góp ý đã chọn" className="mt-2 grid gap-3" label="Cập nhật tình trạng">
          <table className="w-full border-collapse text-sm" data-inbox="">
            <caption className="sr-only">Góp ý, mới nhất trước</caption>
            <thead>
              <tr className="border-b-2 border-neutral-400 text-left">
                <th scope="col" className="px-2 py-1">
                  <span className="sr-only">Chọn</span>
                </th>
                <th scope="col" className="px-2 py-1">Mã, thời gian</th>
                <th scope="col" className="px-2 py-1">Góp ý về</th>
                <th scope="col" className="px-2 py-1">Người gửi</th>
                <th scope="col" className="px-2 py-1">Nội dung</th>
                <th scope="col" className="px-2 py-1">Tình trạng</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-b border-neutral-200 align-top">
                  <td className="px-2 py-1">
                    <input type="checkbox" name="ids" value={row.id} aria-label={`Chọn góp ý ${row.receiptCode}`} className="h-5 w-5" />
                  </td>
                  <th scope="row" className="px-2 py-1 text-left font-normal">
                    <Link href={`/quan-tri/gop-y/${row.id}`} className="font-mono text-brand-700 underline">
                      {row.receiptCode}
                    </Link>
                    <span className="block text-neutral-600">{formatVietnamTime(row.submittedAt)}</span>
                  </th>
                  <td className="px-2 py-1">
                    {row.candidate?.name ?? 'Cả danh sách'}
                    <span className="block text-neutral-600">{row.consultation.title.slice(0, 60)}…</span>
                  </td>
                  <td className="px-2 py-1">{row.fullName}</td>
                  <td className="px-2 py-1 whitespace-pre-line">{row.content.length > 280 ? `${row.content.slice(0, 280)}…` : row.content}</td>
                  <td className="px-2 py-1">{INBOX_STATUS_LABELS[row.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ResponseStatusSelect label="Chuyển sang tình trạng" defaultValue="FORWARDED" />
          <label className="grid max-w-xl text-sm">
            Ghi chú nội bộ (không gửi người góp ý)
            <input name="note" className="min-h-11 rounded border border-neutral-400 px-3" />
          </label>
        </ActionForm>
      )}
      <Pagination basePath="/quan-tri/gop-y" page={page} count={pageCount(total)} params={{ dot: one(query.dot), 'doi-tuong': about, 'tinh-trang': status ?? '' }} />
    </>
  );
}
