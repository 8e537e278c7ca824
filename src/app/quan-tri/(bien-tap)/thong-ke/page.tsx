import { BarChart, type ChartTable } from '@/components/ui/bar-chart';
import { requireActor } from '@/lib/auth/session';
import { formatCalendarDate } from '@/lib/consultations/working-days';
import { editorContext } from '@/lib/editor/run-action';
import { PAGE_KINDS } from '@/lib/feedback/page-kinds';
import { usageReport, USAGE_DAYS } from '@/lib/feedback/usage';
import { formatNumber } from '@/lib/text/format';

export const metadata = { title: 'Thống kê truy cập' };

/** The figures a chart draws, as the table under it. */
function CountTable({ id, table, first }: { id: string; table: ChartTable; first: string }) {
  return (
    <table className="mt-2 w-full border-collapse text-sm" data-usage-table={id}>
      <caption className="py-1 text-left font-semibold">{table.title}</caption>
      <thead>
        <tr className="border-b-2 border-neutral-400 text-left">
          <th scope="col" className="px-2 py-1">{first}</th>
          <th scope="col" className="px-2 py-1 text-right">Lượt xem</th>
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row) => (
          <tr key={row.label} className="border-b border-neutral-200">
            <th scope="row" className="px-2 py-1 text-left font-normal">
              {row.label}
            </th>
            <td className="px-2 py-1 text-right">{formatNumber(row.total)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default async function UsagePage() {
  await requireActor('/quan-tri/thong-ke', 'stats.view');
  const report = await usageReport(await editorContext());
  const single = (key: string, title: string, first: string, rows: { label: string; views: number }[]) => ({ key, title, head: [first, 'Lượt xem', 'Tổng'], rows: rows.map((row) => ({ label: row.label, values: [row.views], total: row.views })), total: report.total });
  const byDay = single('ngay', `Lượt xem theo ngày, ${formatCalendarDate(report.from)} – ${formatCalendarDate(report.to)}`, 'Ngày', report.byDay.map((row) => ({ label: formatCalendarDate(row.day), views: row.views })).reverse());
  const byKind = single('loai', 'Lượt xem theo loại trang', 'Loại trang', report.byKind.map((row) => ({ label: row.label, views: row.views })));
  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">Thống kê truy cập</h1>
        <a href="/api/quan-tri/thong-ke" className="inline-flex min-h-11 items-center rounded border border-brand-700 px-4 font-medium text-brand-700 hover:bg-brand-50">
          Tải CSV (12 tháng)
        </a>
      </div>
      <p className="mt-1 max-w-3xl text-sm text-neutral-700">
        Máy chủ tự đếm mỗi lần một trang được trình duyệt mở (không tính máy tìm kiếm và chương trình tự động), theo ngày và theo trang. Không dùng cookie, không lưu địa chỉ IP hay thông tin cá nhân. Số liệu được ghi vài giây một lần.
      </p>
      <p className="mt-3">
        <strong>{formatNumber(report.total)}</strong> lượt xem trong {USAGE_DAYS} ngày gần nhất.
      </p>
      <section aria-labelledby="theo-ngay" className="mt-6 max-w-4xl">
        <h2 id="theo-ngay" className="text-xl font-bold">
          Theo ngày
        </h2>
        <BarChart stat={byDay} id="bieu-do-ngay" />
        <CountTable id="ngay" table={byDay} first="Ngày" />
      </section>
      <section aria-labelledby="theo-loai" className="mt-8 max-w-4xl">
        <h2 id="theo-loai" className="text-xl font-bold">
          Theo loại trang
        </h2>
        <BarChart stat={byKind} id="bieu-do-loai" />
        <CountTable id="loai" table={byKind} first="Loại trang" />
      </section>
      <section aria-labelledby="trang-xem-nhieu" className="mt-8 max-w-4xl">
        <h2 id="trang-xem-nhieu" className="text-xl font-bold">
          Trang được xem nhiều nhất
        </h2>
        <table className="mt-2 w-full border-collapse text-sm" data-usage-table="trang">
          <caption className="sr-only">50 trang được xem nhiều nhất trong {USAGE_DAYS} ngày</caption>
          <thead>
            <tr className="border-b-2 border-neutral-400 text-left">
              <th scope="col" className="px-2 py-1">Trang</th>
              <th scope="col" className="px-2 py-1">Loại</th>
              <th scope="col" className="px-2 py-1 text-right">Lượt xem</th>
            </tr>
          </thead>
          <tbody>
            {report.topPages.map((row) => (
              <tr key={row.path} className="border-b border-neutral-200">
                <th scope="row" className="px-2 py-1 text-left font-normal break-all">
                  <a href={row.path} className="text-brand-700 underline">
                    {row.path}
                  </a>
                </th>
                <td className="px-2 py-1">{PAGE_KINDS[row.kind] ?? row.kind}</td>
                <td className="px-2 py-1 text-right">{formatNumber(row.views)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
