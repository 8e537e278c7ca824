import { notFound } from 'next/navigation';
import { PrintButton } from '@/components/article/print-button';
import { requireActor } from '@/lib/auth/session';
import { summaryOf } from '@/lib/consultations/response-inbox';
import { RESPONSE_STATUS_LABELS } from '@/lib/consultations/responses';
import { getSiteSettings } from '@/lib/content/settings';
import { editorContext } from '@/lib/editor/run-action';
import { formatVietnamTime } from '@/lib/text/dates';
import { orNotFound } from '@/lib/editor/or-not-found';

export const metadata = { title: 'Tổng hợp ý kiến' };

type Props = { params: Promise<{ id: string }> };

/** "Tổng hợp ý kiến" for the emulation council: counts by candidate, then every comment, oldest first; printable. */
export default async function SummaryPage({ params }: Props) {
  const { id } = await params;
  await requireActor(`/quan-tri/gop-y/tong-hop/${id}`, 'response.read');
  if (!/^\d{1,9}$/.test(id)) notFound();
  const [summary, settings] = await Promise.all([
    orNotFound(summaryOf(await editorContext(), Number(id))),
    getSiteSettings(),
  ]);
  const { consultation, rows } = summary;
  const counts = new Map<number | null, number>();
  for (const row of rows) counts.set(row.candidate?.id ?? null, (counts.get(row.candidate?.id ?? null) ?? 0) + 1);
  return (
    <div className="text-[15px]">
      <p className="no-print flex flex-wrap gap-3">
        <PrintButton label="In bản tổng hợp" />
        <a href={`/api/quan-tri/gop-y/tong-hop/${consultation.id}`} className="inline-flex min-h-11 items-center rounded border border-neutral-300 px-3 text-sm">
          Tải CSV (Excel)
        </a>
      </p>
      <p className="mt-4 font-semibold uppercase">{settings.agencyName}</p>
      <h1 className="mt-2 text-xl font-bold">TỔNG HỢP Ý KIẾN NHÂN DÂN</h1>
      <p className="mt-1">{consultation.title}</p>
      <p className="mt-1 text-sm text-neutral-700">
        Lập lúc {formatVietnamTime(new Date())}; {rows.length} ý kiến (không kể ý kiến không hợp lệ).
      </p>
      <table className="mt-4 w-full border-collapse" data-summary-counts="">
        <caption className="mb-1 text-left font-bold">Số ý kiến theo từng người, tập thể</caption>
        <thead>
          <tr className="border-b-2 border-neutral-500 text-left">
            <th scope="col" className="px-2 py-1">Góp ý về</th>
            <th scope="col" className="px-2 py-1">Số ý kiến</th>
          </tr>
        </thead>
        <tbody>
          <tr className="border-b border-neutral-200">
            <th scope="row" className="px-2 py-1 text-left font-normal">Cả danh sách</th>
            <td className="px-2 py-1">{counts.get(null) ?? 0}</td>
          </tr>
          {consultation.candidates.map((candidate) => (
            <tr key={candidate.id} className="border-b border-neutral-200">
              <th scope="row" className="px-2 py-1 text-left font-normal">
                {candidate.name}
              </th>
              <td className="px-2 py-1">{counts.get(candidate.id) ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="mt-6 w-full border-collapse text-sm" data-summary-rows="">
        <caption className="mb-1 text-left font-bold">Nội dung các ý kiến</caption>
        <thead>
          <tr className="border-b-2 border-neutral-500 text-left">
            <th scope="col" className="px-2 py-1">TT</th>
            <th scope="col" className="px-2 py-1">Mã, thời gian</th>
            <th scope="col" className="px-2 py-1">Góp ý về</th>
            <th scope="col" className="px-2 py-1">Người gửi</th>
            <th scope="col" className="px-2 py-1">Nội dung</th>
            <th scope="col" className="px-2 py-1">Tình trạng</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.id} className="border-b border-neutral-200 align-top">
              <td className="px-2 py-1">{index + 1}</td>
              <th scope="row" className="px-2 py-1 text-left font-normal">
                <span className="font-mono">{row.receiptCode}</span>
                <span className="block">{formatVietnamTime(row.submittedAt)}</span>
              </th>
              <td className="px-2 py-1">{row.candidate?.name ?? 'Cả danh sách'}</td>
              <td className="px-2 py-1">
                {row.fullName}
                <span className="block">{[row.email, row.phone].filter(Boolean).join(', ')}</span>
              </td>
              <td className="px-2 py-1 whitespace-pre-line">{row.content}</td>
              <td className="px-2 py-1">{RESPONSE_STATUS_LABELS[row.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
