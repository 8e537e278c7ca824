import type { Metadata } from 'next';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { PROCEDURE_LEVEL_LABELS } from '@/lib/documents/document-labels';
import { getPublicProcedures, lastUpdate, type PublicProcedure } from '@/lib/documents/public-library';
import { formatVietnamTime } from '@/lib/text/dates';

export const revalidate = 3600;

export const metadata: Metadata = {
  title: 'Thủ tục hành chính',
  description: 'Thủ tục hành chính lĩnh vực thi đua, khen thưởng: mã thủ tục, cấp thực hiện, thời hạn giải quyết, kết quả; nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia.',
  alternates: { canonical: '/thu-tuc-hanh-chinh' },
};

function ProcedureTable({ caption, rows }: { caption: string; rows: PublicProcedure[] }) {
  return (
    <table className="mt-3 w-full border-collapse text-[15px]">
      <caption className="py-2 text-left text-lg font-bold">{caption}</caption>
      <thead className="max-sm:sr-only">
        <tr className="border-b-2 border-neutral-400 text-left">
          <th scope="col" className="px-2 py-2">Mã thủ tục</th>
          <th scope="col" className="px-2 py-2">Tên thủ tục</th>
          <th scope="col" className="px-2 py-2">Cấp thực hiện</th>
          <th scope="col" className="px-2 py-2">Thời hạn giải quyết</th>
          <th scope="col" className="px-2 py-2">Kết quả</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className="border-b border-neutral-200 align-top max-sm:block max-sm:py-2">
            <td className="px-2 py-2 text-sm max-sm:block max-sm:py-0">
              <span className="sm:hidden">Mã thủ tục: </span>
              <span className="font-mono">{row.nationalCode}</span>
            </td>
            <th scope="row" className="px-2 py-2 text-left font-normal max-sm:block max-sm:py-1">
              <a href={row.url} rel="noopener" className="font-semibold text-brand-700 underline underline-offset-2">
                {row.name}
                <span className="sr-only"> (trang thủ tục trên Cổng Dịch vụ công quốc gia)</span>
              </a>
              {row.agency && <span className="block text-sm text-neutral-700">{row.agency}</span>}
            </th>
            <td className="px-2 py-2 max-sm:block max-sm:py-0">
              <span className="sm:hidden">Cấp thực hiện: </span>
              {PROCEDURE_LEVEL_LABELS[row.level]}
            </td>
            <td className="px-2 py-2 max-sm:block max-sm:py-0">
              <span className="sm:hidden">Thời hạn: </span>
              {row.timeLimitText || '—'}
            </td>
            <td className="px-2 py-2 max-sm:block max-sm:py-0">
              <span className="sm:hidden">Kết quả: </span>
              {row.resultType || '—'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default async function ProceduresPage() {
  const procedures = await getPublicProcedures();
  const forCitizens = procedures.filter((row) => !row.internal);
  const internal = procedures.filter((row) => row.internal);
  const updated = lastUpdate(procedures);
  return (
    <div className="max-w-5xl">
      <Breadcrumb items={[{ label: 'Trang chủ', href: '/' }, { label: 'Thủ tục hành chính' }]} />
      <h1 className="mt-3 border-b-2 border-brand-700 pb-2 text-2xl font-bold text-brand-700">Thủ tục hành chính</h1>
      <p className="mt-3 text-[15px]">
        Thủ tục hành chính lĩnh vực thi đua, khen thưởng được công bố và giải quyết trên Cổng Dịch vụ công quốc gia. Chọn tên thủ tục để xem thành phần hồ sơ, biểu mẫu tờ khai và nộp hồ sơ trực tuyến.
      </p>
      {procedures.length === 0 && <p className="mt-4">Chưa có thủ tục nào.</p>}
      {forCitizens.length > 0 && <ProcedureTable caption="Thủ tục cho tổ chức, cá nhân" rows={forCitizens} />}
      {internal.length > 0 && <ProcedureTable caption="Thủ tục nội bộ giữa các cơ quan" rows={internal} />}
      {updated && <p className="mt-6 text-sm text-neutral-700">Cập nhật lúc {formatVietnamTime(updated)}</p>}
    </div>
  );
}
