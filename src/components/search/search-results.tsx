import Link from 'next/link';
import type { SearchHit } from '@/lib/search/search-hits';
import { ArticleMeta } from '@/components/article/article-meta';
import { HighlightedText } from './highlighted-text';

export function SearchResults({ hits }: { hits: SearchHit[] }) {
  return (
    <ol aria-label="Kết quả tìm kiếm" className="mt-2">
      {hits.map((hit) => (
        <li key={hit.id} className="border-b border-neutral-200 py-4 last:border-b-0">
          <article>
            <h2 className="text-lg leading-snug font-bold">
              <Link href={`/bai-viet/${hit.slug}`} className="hover:text-brand-700">
                <HighlightedText segments={hit.title} />
              </Link>
            </h2>
            <ArticleMeta section={hit.section.name} publishedAt={hit.publishedAt} />
            {hit.inAttachment && (
              <p className="mt-1.5 text-sm text-neutral-700">
                Tìm thấy trong tệp đính kèm: <span className="font-medium">{hit.inAttachment}</span>
              </p>
            )}
            <p className="mt-1.5 text-[15px] text-neutral-800">
              <HighlightedText segments={hit.snippet} />
            </p>
          </article>
        </li>
      ))}
    </ol>
  );
}
