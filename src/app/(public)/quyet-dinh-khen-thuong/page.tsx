import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { Pagination } from '@/components/ui/pagination';
import { getDecisionList } from '@/lib/awards/public-decisions';
import { formatCalendarDate } from '@/lib/consultations/working-days';
import { formatNumber } from '@/lib/text/format';
import { pageCount, parsePage } from '@/lib/text/pagination';

type Props = { searchParams: Promise<{ trang?: string | string[] }> };

export const metadata: Metadata = {
  title: 'Quyết định khen thưởng',
  description: 'Các quyết định khen thưởng đã công bố: số, ngày ký, cơ quan ban hành, trích yếu, bản quyết định và danh sách được khen.',
  alternates: { canonical: '/quyet-dinh-khen-thuong' },
};

export default async function DecisionsPage({ searchParams }: Props) {
  const page = parsePage((await searchParams).trang);
  if (page === null) notFound();
  const { items, total } = await getDecisionList(page);
  const pages = pageCount(total);
  if (page > pages) notFound();
  return (
    <div className="max-w-4xl">
      <Breadcrumb items={[{ label: 'Trang chủ', href: '/' }, { label: 'Quyết định khen thưởng' }]} />
      <h1 className="mt-3 border-b-2 border-brand-700 pb-2 text-2xl font-bold text-brand-700">Quyết định khen thưởng</h1>
      <p className="mt-3 text-[15px]">
        {formatNumber(total)} quyết định. Tìm một người hay một tập thể trong tất cả các quyết định ở trang{' '}
        <Link href="/tra-cuu-khen-thuong" className="text-brand-700 underline underline-offset-2">
          Tra cứu khen thưởng
        </Link>
        .
      </p>
      <ul className="mt-4 divide-y divide-neutral-200">
        {items.map((item) => (
          <li key={item.slug} className="py-3">
            <Link href={`/quyet-dinh-khen-thuong/${item.slug}`} className="text-lg font-semibold text-brand-700 hover:underline">
              Quyết định số {item.number} ngày {formatCalendarDate(item.issuedOn)}
            </Link>
            {item.status === 'ANNULLED' && <span className="ml-2 rounded bg-red-100 px-2 py-0.5 text-sm font-medium text-red-900">Đã bị hủy bỏ</span>}
            <p className="mt-1 text-[15px]">{item.summary}</p>
            <p className="text-sm text-neutral-700">
              {item.issuer} · {formatNumber(item.grants)} cá nhân, tập thể
            </p>
          </li>
        ))}
      </ul>
      <Pagination basePath="/quyet-dinh-khen-thuong" page={page} count={pages} />
    </div>
  );
}
