import type { Metadata } from 'next';
import Link from 'next/link';
import { GrantTable } from '@/components/awards/grant-table';
import { RegisterForm } from '@/components/awards/register-form';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { Pagination } from '@/components/ui/pagination';
import { getAwards } from '@/lib/awards/public-awards';
import { CSV_MAX_ROWS, getRegisterTotal, getRegisterYears, getUnits, readRegisterQuery, searchRegister, unitsByCode } from '@/lib/awards/register';
import { isEmptyQuery, registerParams } from '@/lib/awards/register-query';
import { formatNumber } from '@/lib/text/format';
import { pageCount, PAGE_SIZE } from '@/lib/text/pagination';
import { listRobots } from '@/lib/seo/list-robots';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const params = await searchParams;
  return {
    title: 'Tra cứu khen thưởng',
    description: 'Tra cứu cá nhân, tập thể được khen thưởng theo tên (gõ có dấu hoặc không dấu), hình thức, năm, xã phường; tải kết quả dạng CSV.',
    alternates: { canonical: '/tra-cuu-khen-thuong' },
    robots: listRobots(params),
  };
}

export default async function RegisterPage({ searchParams }: Props) {
  const query = await readRegisterQuery(await searchParams);
  const [awards, units, years] = await Promise.all([getAwards(), getUnits(), getRegisterYears()]);
  const found = await searchRegister(query, unitsByCode(units));
  // The whole register is counted exactly (cached); a search, up to a cap.
  const result = found.capped && isEmptyQuery(query) ? { ...found, total: await getRegisterTotal(), capped: false } : found;
  const params = registerParams(query);
  const pages = pageCount(result.total);
  const count = `${result.capped ? 'hơn ' : ''}${formatNumber(result.total)}`;
  const csvQuery = new URLSearchParams(Object.entries(params).filter(([, value]) => value !== '')).toString();
  const award = awards.find((a) => a.slug === query.awardSlug);
  const heading = isEmptyQuery(query) ? 'Tất cả cá nhân, tập thể được khen thưởng' : `Kết quả tra cứu${query.text ? ` “${query.text}”` : ''}`;
  return (
    <div className="max-w-5xl">
      <Breadcrumb items={[{ label: 'Trang chủ', href: '/' }, { label: 'Tra cứu khen thưởng' }]} />
      <h1 className="mt-3 border-b-2 border-brand-700 pb-2 text-2xl font-bold text-brand-700">Tra cứu khen thưởng</h1>
      <p className="mt-3 text-[15px]">
        Danh sách cá nhân, tập thể, hộ gia đình được khen thưởng theo các quyết định đã công bố trên cổng thông tin. Xem thêm{' '}
        <Link href="/quyet-dinh-khen-thuong" className="text-brand-700 underline underline-offset-2">
          các quyết định khen thưởng
        </Link>{' '}
        và{' '}
        <Link href="/danh-hieu-khen-thuong" className="text-brand-700 underline underline-offset-2">
          danh mục danh hiệu, hình thức khen thưởng
        </Link>
        ; số liệu tổng hợp ở trang{' '}
        <Link href="/thong-ke-khen-thuong" className="text-brand-700 underline underline-offset-2">
          Thống kê khen thưởng
        </Link>
        .
      </p>
      <RegisterForm query={query} awards={awards} units={units} years={years} />
      {query.notes.length > 0 && (
        <ul role="alert" className="mt-4 list-disc rounded border border-amber-300 bg-amber-50 py-3 pr-4 pl-8 text-[15px] text-amber-950">
          {query.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      {query.textWasAward && award && (
        <p className="mt-4 text-[15px]">
          Đang lọc theo hình thức: <strong>{query.awardClass ? `${award.name} hạng ${query.awardClass}` : award.name}</strong>.
        </p>
      )}
      <section aria-labelledby="ket-qua" className="mt-6">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="ket-qua" className="text-xl font-bold">
            {heading}
          </h2>
          {result.total > 0 && (
            <a href={`/tra-cuu-khen-thuong.csv${csvQuery ? `?${csvQuery}` : ''}`} download className="inline-flex min-h-11 items-center rounded border border-brand-700 px-4 font-medium text-brand-700 hover:bg-brand-50">
              Tải kết quả (CSV, {result.capped || result.total > CSV_MAX_ROWS ? `tối đa ${formatNumber(CSV_MAX_ROWS)} dòng` : `${count} dòng`})
            </a>
          )}
        </div>
        <p role="status" className="mt-1 text-[15px] text-neutral-800">
          {result.total === 0 ? 'Không tìm thấy ai theo điều kiện này.' : `Tìm thấy ${count} kết quả${pages > 1 ? `, trang ${query.page}/${result.capped ? `hơn ${formatNumber(pages)}` : formatNumber(pages)}` : ''}.`}
        </p>
        {result.rows.length > 0 && <GrantTable rows={result.rows} caption={`${heading}: trang ${query.page}`} start={(query.page - 1) * PAGE_SIZE + 1} captionHidden />}
        {result.total > 0 && result.rows.length === 0 && <p className="mt-3">Trang này không có kết quả; về trang 1.</p>}
        <Pagination basePath="/tra-cuu-khen-thuong" page={query.page} count={pages} params={params} />
      </section>
      <section aria-labelledby="vi-sao" className="mt-8 rounded border border-neutral-300 p-4 text-[15px]">
        <h2 id="vi-sao" className="font-bold">
          Vì sao có thể không tìm thấy một người?
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          <li>Danh sách gồm các quyết định khen thưởng đã được đăng trên cổng thông tin; các quyết định trước đó đang được cập nhật dần.</li>
          <li>Cá nhân có thể đề nghị không công bố tên; khi đó họ không có trong kết quả tra cứu, tệp CSV hay thống kê chi tiết.</li>
          <li>Với một số cá nhân, cổng chỉ công bố tên và đơn vị; khi lọc theo xã, phường, những người này không hiện ra.</li>
          <li>Quyết định đã bị hủy bỏ thì các trường hợp trong quyết định đó không còn trong kết quả tra cứu.</li>
          <li>Xã, phường ghi theo địa bàn tại thời điểm khen thưởng; tên cũ trước khi sắp xếp năm 2025 vẫn tìm được.</li>
        </ul>
      </section>
    </div>
  );
}
