import type { Metadata } from 'next';
import Link from 'next/link';
import { BarChart } from '@/components/ui/bar-chart';
import { RegisterForm } from '@/components/awards/register-form';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { getAwards } from '@/lib/awards/public-awards';
import { getRegisterYears, getUnits, readRegisterQuery, unitsByCode } from '@/lib/awards/register';
import { isEmptyQuery, registerParams } from '@/lib/awards/register-query';
import { getStatistics } from '@/lib/awards/statistics';
import { formatVietnamTime } from '@/lib/text/dates';
import { formatNumber } from '@/lib/text/format';
import { listRobots } from '@/lib/seo/list-robots';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return {
    title: 'Thống kê khen thưởng',
    description: 'Số cá nhân, tập thể được khen thưởng theo năm, hình thức, cấp, đối tượng và xã phường, tính tự động từ các quyết định khen thưởng đã công bố.',
    alternates: { canonical: '/thong-ke-khen-thuong' },
    robots: listRobots(await searchParams),
  };
}

export default async function StatisticsPage({ searchParams }: Props) {
  const query = { ...(await readRegisterQuery(await searchParams)), text: '', words: [], page: 1 };
  const [awards, units, years] = await Promise.all([getAwards(), getUnits(), getRegisterYears()]);
  const stats = await getStatistics(query, unitsByCode(units));
  const params = new URLSearchParams(Object.entries(registerParams(query)).filter(([, value]) => value !== '')).toString();
  return (
    <div className="max-w-4xl">
      <Breadcrumb items={[{ label: 'Trang chủ', href: '/' }, { label: 'Thống kê khen thưởng' }]} />
      <h1 className="mt-3 border-b-2 border-brand-700 pb-2 text-2xl font-bold text-brand-700">Thống kê khen thưởng</h1>
      <p className="mt-3 text-[15px]">
        {isEmptyQuery(query) ? 'Tổng số' : 'Theo bộ lọc đã chọn'}: <strong>{formatNumber(stats.total)}</strong> lượt cá nhân, tập thể, hộ gia đình được khen thưởng.{' '}
        <span className="text-neutral-700">Cập nhật lúc {formatVietnamTime(stats.computedAt)}.</span>
      </p>
      <RegisterForm query={query} awards={awards} units={units} years={years} action="/thong-ke-khen-thuong" />
      {query.notes.length > 0 && (
        <ul role="alert" className="mt-4 list-disc rounded border border-amber-300 bg-amber-50 py-3 pr-4 pl-8 text-[15px] text-amber-950">
          {query.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <nav aria-label="Các bảng thống kê" className="mt-4 text-[15px]">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {stats.tables.map((stat) => (
            <li key={stat.key}>
              <a href={`#${stat.key}`} className="text-brand-700 underline underline-offset-2">
                {stat.title}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {stats.total === 0 && <p className="mt-6">Chưa có trường hợp nào theo bộ lọc này.</p>}
      {stats.total > 0 &&
        stats.tables.map((stat) => (
          <section key={stat.key} id={stat.key} aria-labelledby={`${stat.key}-tieu-de`} className="mt-8 border-t border-neutral-300 pt-4">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 id={`${stat.key}-tieu-de`} className="text-xl font-bold">
                {stat.title}
              </h2>
              <a href={`/thong-ke-khen-thuong/${stat.key}.csv${params ? `?${params}` : ''}`} download className="inline-flex min-h-11 items-center rounded border border-brand-700 px-4 font-medium text-brand-700 hover:bg-brand-50">
                Tải bảng (CSV)
              </a>
            </div>
            <BarChart stat={stat} id={`bieu-do-${stat.key}`} />
            <div className="mt-3 overflow-x-auto">
              <table className="w-full border-collapse text-[15px]" data-stat-table={stat.key}>
                <caption className="sr-only">{`Bảng số liệu: ${stat.title}`}</caption>
                <thead>
                  <tr className="border-b-2 border-brand-700 text-left">
                    {stat.head.map((head, i) => (
                      <th key={head} scope="col" className={`px-2 py-1.5 ${i > 0 ? 'text-right' : ''}`}>
                        {head}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {stat.rows.map((row) => (
                    <tr key={row.label} className="border-b border-neutral-200">
                      <th scope="row" className="px-2 py-1.5 text-left font-normal">
                        {row.label}
                      </th>
                      {row.values.map((value, i) => (
                        <td key={i} className="px-2 py-1.5 text-right tabular-nums">
                          {formatNumber(value)}
                        </td>
                      ))}
                      <td className="px-2 py-1.5 text-right font-semibold tabular-nums">{formatNumber(row.total)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr className="border-t-2 border-neutral-500">
                    <th scope="row" className="px-2 py-1.5 text-left">
                      Tổng
                    </th>
                    {[0, 1, 2].map((i) => (
                      <td key={i} className="px-2 py-1.5 text-right font-semibold tabular-nums">
                        {formatNumber(stat.rows.reduce((sum, row) => sum + row.values[i], 0))}
                      </td>
                    ))}
                    <td className="px-2 py-1.5 text-right font-bold tabular-nums">{formatNumber(stat.total)}</td>
                  </tr>
                </tfoot>
              </table>
            </div>
          </section>
        ))}
      <section aria-labelledby="phuong-phap" className="mt-10 rounded border border-neutral-300 p-4 text-[15px]">
        <h2 id="phuong-phap" className="font-bold">
          Cách tính
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          <li>Số liệu được tính tự động từ danh sách kèm theo các quyết định khen thưởng đã công bố trên cổng; không có số liệu nào được nhập tay.</li>
          <li>Mỗi lượt là một cá nhân, tập thể hoặc hộ gia đình trong một quyết định; một người được khen nhiều lần được tính nhiều lượt.</li>
          <li>Không tính các quyết định đã bị hủy bỏ và các trường hợp không công bố theo đề nghị của người được khen.</li>
          <li>Năm là năm ký quyết định. Cấp là cấp của quyết định (Nhà nước, tỉnh, cơ sở).</li>
          <li>
            Xã, phường theo địa bàn hiện nay, sau sắp xếp đơn vị hành chính năm 2025: trường hợp được khen khi còn xã, phường cũ được tính vào đơn vị mới. Cá nhân, hộ gia đình chỉ công bố tên và đơn vị được tính vào dòng “Không công bố địa bàn”.
          </li>
          <li>
            Danh sách chi tiết:{' '}
            <Link href={`/tra-cuu-khen-thuong${params ? `?${params}` : ''}`} className="text-brand-700 underline underline-offset-2">
              Tra cứu khen thưởng
            </Link>
            .
          </li>
        </ul>
      </section>
    </div>
  );
}
