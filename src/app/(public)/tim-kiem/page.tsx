import type { Metadata } from 'next';
import Link from 'next/link';
import { SearchForm } from '@/components/search/search-form';
import { DocumentHitList } from '@/components/search/document-hits';
import { SearchResults } from '@/components/search/search-results';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { Pagination } from '@/components/ui/pagination';
import { getSections } from '@/lib/content/sections';
import { parseQuery, type QueryProblem } from '@/lib/search/query';
import { searchPublicArticles } from '@/lib/search/public-search';
import { searchPublicConsultations } from '@/lib/search/search-consultations';
import { searchPublicRegister } from '@/lib/search/search-register';
import { formatCalendarDate, vietnamDateOf } from '@/lib/consultations/working-days';
import { searchPublicDocuments } from '@/lib/search/search-documents';
import { searchPublicQuestions } from '@/lib/questions/questions';
import { phaseOf, PHASE_LABELS } from '@/lib/consultations/public-rule';
import { parseSearchRequest, type SearchParams } from '@/lib/search/search-params';
import { formatNumber } from '@/lib/text/format';

type Props = { searchParams: Promise<SearchParams> };

export const metadata: Metadata = {
  title: 'Tìm kiếm',
  description: 'Tìm tin bài, văn bản và tệp đính kèm trên cổng thông tin.',
  robots: { index: false, follow: true },
};

const PROBLEMS: Record<QueryProblem, string> = {
  empty: 'Nhập từ khóa để tìm tin bài, văn bản và nội dung tệp đính kèm. Có thể gõ có dấu hoặc không dấu.',
  too_short: 'Từ khóa quá ngắn: vui lòng nhập ít nhất 2 ký tự.',
  no_words: 'Từ khóa chỉ gồm dấu câu hoặc ký hiệu. Vui lòng nhập chữ hoặc số để tìm kiếm.',
};

export default async function SearchPage({ searchParams }: Props) {
  const request = parseSearchRequest(await searchParams);
  const [sections, query] = [await getSections(), parseQuery(request.q)];
  const result =
    typeof query === 'string' ? null : await searchPublicArticles(query, { section: request.section, tag: request.tag, from: request.from, to: request.to }, request.page);
  const consultations = typeof query === 'string' || request.page > 1 ? [] : await searchPublicConsultations(query);
  const register = typeof query === 'string' || request.page > 1 ? { decisions: [], people: 0, profiles: [] } : await searchPublicRegister(query);
  const documents = typeof query === 'string' || request.page > 1 ? null : await searchPublicDocuments(query, vietnamDateOf(new Date()));
  const questions = typeof query === 'string' || request.page > 1 ? [] : await searchPublicQuestions(query.tokens);
  const params = { q: typeof query === 'string' ? '' : query.text, 'chuyen-muc': request.section ?? '', the: request.tag ?? '', 'tu-ngay': request.fromText, 'den-ngay': request.toText };

  return (
    <div className="max-w-3xl">
      <Breadcrumb items={[{ label: 'Trang chủ', href: '/' }, { label: 'Tìm kiếm' }]} />
      <h1 className="mt-3 border-b-2 border-brand-700 pb-2 text-2xl font-bold text-brand-700">
        {typeof query === 'string' ? 'Tìm kiếm' : <>Kết quả tìm kiếm “{query.text}”</>}
      </h1>
      <SearchForm request={request} sections={sections} />
      {request.errors.length > 0 && (
        <ul role="alert" className="mt-4 list-disc rounded border border-amber-300 bg-amber-50 py-3 pr-4 pl-8 text-[15px] text-amber-950">
          {request.errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      )}
      {typeof query === 'string' && <p className="mt-6 text-neutral-800">{PROBLEMS[query]}</p>}
      {documents && typeof query !== 'string' && <DocumentHitList hits={documents} text={query.text} />}
      {questions.length > 0 && (
        <section aria-labelledby="ket-qua-hoi-dap" className="mt-6 rounded border border-neutral-300 px-4 py-3">
          <h2 id="ket-qua-hoi-dap" className="font-bold">
            Hỏi đáp
          </h2>
          <ul className="mt-1 divide-y divide-neutral-200">
            {questions.map((hit) => (
              <li key={hit.id} className="py-2">
                <Link href={`/hoi-dap/${hit.id}`} className="font-medium text-brand-700 hover:underline">
                  {hit.title}
                </Link>
                <span className="block text-sm text-neutral-700">Đã trả lời · {hit.field}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {consultations.length > 0 && (
        <section aria-labelledby="ket-qua-lay-y-kien" className="mt-6 rounded border border-neutral-300 px-4 py-3">
          <h2 id="ket-qua-lay-y-kien" className="font-bold">
            Lấy ý kiến Nhân dân
          </h2>
          <ul className="mt-1 divide-y divide-neutral-200">
            {consultations.map((hit) => (
              <li key={hit.slug} className="py-2">
                <Link href={`/lay-y-kien/${hit.slug}`} className="font-medium text-brand-700 hover:underline">
                  {hit.title}
                </Link>
                <span className="block text-sm text-neutral-700">
                  {PHASE_LABELS[phaseOf({ status: hit.status, opensAt: hit.opensAt, closesAt: hit.closesAt })]} · hết ngày {formatCalendarDate(new Date(hit.closesOn).toISOString().slice(0, 10))}
                  {hit.matchedNames ? ` · có tên: ${hit.matchedNames}` : ''}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {(register.decisions.length > 0 || register.people > 0 || register.profiles.length > 0) && typeof query !== 'string' && (
        <section aria-labelledby="ket-qua-khen-thuong" className="mt-6 rounded border border-neutral-300 px-4 py-3">
          <h2 id="ket-qua-khen-thuong" className="font-bold">
            Tra cứu khen thưởng
          </h2>
          <ul className="mt-1 divide-y divide-neutral-200">
            {register.profiles.map((hit) => (
              <li key={hit.slug} className="py-2">
                <Link href={`/guong-dien-hinh/${hit.slug}`} className="font-medium text-brand-700 hover:underline">
                  {hit.name}
                </Link>
                <span className="block text-sm text-neutral-700">Gương điển hình · {hit.field}</span>
              </li>
            ))}
            {register.people > 0 && (
              <li className="py-2">
                <Link href={`/tra-cuu-khen-thuong?q=${encodeURIComponent(query.text)}`} className="font-medium text-brand-700 hover:underline">
                  {formatNumber(register.people)} trường hợp được khen thưởng có tên “{query.text}”
                </Link>
              </li>
            )}
            {register.decisions.map((hit) => (
              <li key={hit.slug} className="py-2">
                <Link href={`/quyet-dinh-khen-thuong/${hit.slug}`} className="font-medium text-brand-700 hover:underline">
                  Quyết định số {hit.number} ngày {formatCalendarDate(new Date(hit.issuedOn).toISOString().slice(0, 10))}
                </Link>
                <span className="block text-sm text-neutral-700">
                  {hit.status === 'ANNULLED' ? 'Đã bị hủy bỏ · ' : ''}
                  {hit.summary}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {result && result.hits.length > 0 && (
        <>
          <p className="mt-6 text-neutral-800" aria-live="polite">
            {result.approximate ? (
              <>Không có bài nào chứa đủ các từ đã nhập. Các bài có tiêu đề gần giống:</>
            ) : (
              <>
                Tìm thấy <strong>{result.totalCapped ? `hơn ${formatNumber(result.total)}` : formatNumber(result.total)}</strong> kết quả
                {result.pageCount > 1 && <> · trang {result.page}/{result.pageCount}</>}
              </>
            )}
          </p>
          <SearchResults hits={result.hits} />
          <Pagination basePath="/tim-kiem" page={result.page} count={result.pageCount} params={params} />
        </>
      )}
      {result && result.hits.length === 0 && (
        <section aria-labelledby="khong-tim-thay" className="mt-6">
          <h2 id="khong-tim-thay" className="text-lg font-bold">
            {request.page > 1 ? `Không có trang ${request.page} cho từ khóa này` : 'Không tìm thấy kết quả phù hợp'}
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-6 text-neutral-800">
            <li>Kiểm tra lại chính tả; có thể gõ không dấu, ví dụ “thi dua khen thuong”.</li>
            <li>Dùng ít từ hơn hoặc từ khóa chung hơn.</li>
            {(request.section || request.tag || request.from || request.to) && (
              <li>
                <Link href={`/tim-kiem?q=${encodeURIComponent(params.q)}`} className="text-brand-700 underline">
                  Bỏ các bộ lọc và tìm lại
                </Link>
              </li>
            )}
            <li>
              Xem tin theo chuyên mục:{' '}
              {sections.map((section, i) => (
                <span key={section.slug}>
                  {i > 0 && ', '}
                  <Link href={`/chuyen-muc/${section.slug}`} className="text-brand-700 underline">
                    {section.name}
                  </Link>
                </span>
              ))}
              .
            </li>
          </ul>
        </section>
      )}
    </div>
  );
}
