import Link from 'next/link';
import { ValidityBadge } from '@/components/documents/validity-badge';
import { documentTitle } from '@/lib/documents/document-labels';
import type { DocumentHits } from '@/lib/search/search-documents';
import { formatNumber } from '@/lib/text/format';

/** The site search's block of documents, procedures and forms matching the query. */
export function DocumentHitList({ hits, text }: { hits: DocumentHits; text: string }) {
  if (hits.total === 0 && hits.procedures.length === 0 && hits.forms.length === 0) return null;
  return (
    <section aria-labelledby="ket-qua-van-ban" className="mt-6 rounded border border-neutral-300 px-4 py-3">
      <h2 id="ket-qua-van-ban" className="font-bold">
        Văn bản, biểu mẫu, thủ tục
      </h2>
      <ul className="mt-1 divide-y divide-neutral-200">
        {hits.documents.map((hit) => (
          <li key={hit.slug} className="py-2">
            <Link href={`/van-ban/${hit.slug}`} className="font-medium text-brand-700 hover:underline">
              {documentTitle(hit)}
            </Link>{' '}
            <ValidityBadge validity={hit.state.validity} />
            <span className="block text-sm text-neutral-700">{hit.summary}</span>
          </li>
        ))}
        {hits.total > hits.documents.length && (
          <li className="py-2">
            <Link href={`/van-ban?q=${encodeURIComponent(text)}`} className="font-medium text-brand-700 hover:underline">
              Xem tất cả {formatNumber(hits.total)} văn bản khớp “{text}”
            </Link>
          </li>
        )}
        {hits.procedures.map((hit) => (
          <li key={`tt-${hit.id}`} className="py-2">
            <a href={hit.url} rel="noopener" className="font-medium text-brand-700 hover:underline">
              {hit.name}
            </a>
            <span className="block text-sm text-neutral-700">Thủ tục hành chính · mã {hit.nationalCode} · nộp hồ sơ trên Cổng Dịch vụ công quốc gia</span>
          </li>
        ))}
        {hits.forms.map((hit) => (
          <li key={`bm-${hit.id}`} className="py-2">
            <Link href={`/bieu-mau#mau-${hit.id}`} className="font-medium text-brand-700 hover:underline">
              {hit.code}: {hit.title}
            </Link>
            <span className="block text-sm text-neutral-700">Biểu mẫu</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
