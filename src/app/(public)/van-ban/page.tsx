import type { Metadata } from 'next';
import Link from 'next/link';
import { DocumentFilters } from '@/components/documents/document-filters';
import { ValidityBadge } from '@/components/documents/validity-badge';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { Pagination } from '@/components/ui/pagination';
import { formatCalendarDate, vietnamDateOf } from '@/lib/consultations/working-days';
import { documentTitle } from '@/lib/documents/document-labels';
import { documentParams, facetsOf, parseDocumentQuery, selectDocuments } from '@/lib/documents/document-query';
import { getDocumentIndex } from '@/lib/documents/public-documents';
import { searchDocumentIds } from '@/lib/search/search-documents';
import { formatNumber } from '@/lib/text/format';
import { listRobots } from '@/lib/seo/list-robots';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return {
    title: 'Văn bản',
    description: 'Văn bản pháp luật và văn bản chỉ đạo về thi đua, khen thưởng: số ký hiệu, ngày ban hành, ngày có hiệu lực, tình trạng hiệu lực, văn bản thay thế, tệp toàn văn.',
    alternates: { canonical: '/van-ban' },
    robots: listRobots(await searchParams),
  };
}

export default async function DocumentsPage({ searchParams }: Props) {
  const params = await searchParams;
  const index = await getDocumentIndex();
  const { issuers, years } = facetsOf(index);
  const query = parseDocumentQuery(params, issuers);
  const ranked = query.query ? await searchDocumentIds(query.query) : null;
  const result = selectDocuments(index, query, ranked, vietnamDateOf(new Date()));
  const filtered = Object.values(documentParams(query)).some(Boolean);
  return (
    <div className="max-w-5xl">
      <Breadcrumb items={[{ label: 'Trang chủ', href: '/' }, { label: 'Văn bản' }]} />
      <h1 className="mt-3 border-b-2 border-brand-700 pb-2 text-2xl font-bold text-brand-700">Văn bản</h1>
      <p className="mt-3 text-[15px]">
        Luật, nghị định, thông tư và văn bản của tỉnh về thi đua, khen thưởng. Tình trạng hiệu lực được tính theo ngày có hiệu lực, ngày hết hiệu lực và các văn bản thay thế, sửa đổi. Xem thêm{' '}
        <Link href="/bieu-mau" className="text-brand-700 underline underline-offset-2">
          biểu mẫu
        </Link>{' '}
        và{' '}
        <Link href="/thu-tuc-hanh-chinh" className="text-brand-700 underline underline-offset-2">
          thủ tục hành chính
        </Link>
        .
      </p>
      <DocumentFilters query={query} issuers={issuers} years={years} />
      {query.notes.length > 0 && (
        <ul role="note" className="mt-3 rounded border border-amber-700 bg-amber-50 p-3 text-sm text-amber-950">
          {query.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <h2 className="mt-6 text-lg font-bold" id="ket-qua">
        {filtered ? `Kết quả: ${formatNumber(result.total)} văn bản` : `${formatNumber(result.total)} văn bản`}
      </h2>
      {result.total === 0 ? (
        <p className="mt-2">Không có văn bản nào khớp. Thử số ký hiệu ngắn hơn (ví dụ: 98/2023) hoặc bỏ bớt bộ lọc.</p>
      ) : (
        <ol className="mt-2 divide-y divide-neutral-200" aria-labelledby="ket-qua">
          {result.items.map((item) => (
            <li key={item.id} className="py-3">
              <Link href={`/van-ban/${item.slug}`} className="text-lg font-semibold text-brand-700 hover:underline">
                {documentTitle(item)}
              </Link>
              <p className="mt-1 text-[15px]">{item.summary}</p>
              <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-neutral-700">
                <ValidityBadge validity={item.state.validity} />
                <span>{item.issuer}</span>
                <span>Ban hành {formatCalendarDate(item.issuedOn)}</span>
                <span>Hiệu lực từ {formatCalendarDate(item.effectiveFrom)}</span>
              </p>
            </li>
          ))}
        </ol>
      )}
      <Pagination basePath="/van-ban" page={result.page} count={result.pageCount} params={documentParams(query)} />
    </div>
  );
}
