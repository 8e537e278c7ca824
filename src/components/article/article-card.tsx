import Link from 'next/link';
import type { ArticleSummary } from '@/lib/content/views';
import { ArticleMeta } from './article-meta';
import { ResponsiveImage } from './responsive-image';

type Props = {
  article: ArticleSummary;
  headingLevel?: 'h2' | 'h3';
  showSection?: boolean;
  priority?: boolean;
  /** A narrow column (e.g. beside an article): small thumbnail, no lead. */
  compact?: boolean;
};

/** One article in a list: thumbnail, title, time, lead. */
export function ArticleCard({ article, headingLevel: Heading = 'h2', showSection = false, priority = false, compact = false }: Props) {
  return (
    <article className={`flex border-b border-neutral-200 last:border-b-0 ${compact ? 'gap-3 py-3' : 'gap-4 py-4'}`}>
      {article.lead && (
        <Link href={`/bai-viet/${article.slug}`} tabIndex={-1} aria-hidden="true" className={compact ? 'w-24 shrink-0' : 'w-32 shrink-0 sm:w-48'}>
          <ResponsiveImage
            photo={{ ...article.lead, decorative: true }}
            sizes={compact ? '96px' : '(min-width: 640px) 192px, 128px'}
            maxWidth={480}
            priority={priority}
            className="aspect-[3/2] h-auto w-full rounded-sm bg-neutral-100 object-cover"
          />
        </Link>
      )}
      <div className="min-w-0 flex-1">
        <Heading className={compact ? 'text-[15px] leading-snug font-bold' : 'text-base leading-snug font-bold sm:text-lg'}>
          <Link href={`/bai-viet/${article.slug}`} className="hover:text-brand-700">
            {article.title}
          </Link>
        </Heading>
        <ArticleMeta section={showSection ? article.section.name : undefined} publishedAt={article.publishedAt} />
        {article.sapo && !compact && <p className="mt-1.5 line-clamp-3 hidden text-[15px] text-neutral-800 sm:block">{article.sapo}</p>}
      </div>
    </article>
  );
}
