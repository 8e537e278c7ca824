import type { ReactNode } from 'react';
import type { ArticleSummary, Paged } from '@/lib/content/views';
import { Breadcrumb, type Crumb } from '@/components/ui/breadcrumb';
import { Pagination } from '@/components/ui/pagination';
import { ArticleCard } from './article-card';

type Props = {
  heading: ReactNode;
  intro?: string;
  crumbs: Crumb[];
  basePath: string;
  result: Paged<ArticleSummary>;
  showSection?: boolean;
  feedHref?: string;
};

/** A paginated list of articles: section and tag pages. */
export function ArticleListPage({ heading, intro, crumbs, basePath, result, showSection, feedHref }: Props) {
  return (
    <div className="max-w-3xl">
      <Breadcrumb items={crumbs} />
      <div className="mt-3 flex flex-wrap items-baseline justify-between gap-2 border-b-2 border-brand-700 pb-2">
        <h1 className="text-2xl font-bold text-brand-700">{heading}</h1>
        {feedHref && (
          <a href={feedHref} className="text-sm text-neutral-700 hover:text-brand-700 hover:underline">
            RSS
          </a>
        )}
      </div>
      {intro && <p className="mt-3 text-neutral-700">{intro}</p>}
      {result.page > 1 && (
        <p className="mt-3 text-sm text-neutral-600">
          Trang {result.page}/{result.pageCount}
        </p>
      )}
      {result.items.length === 0 ? (
        <p className="py-8 text-neutral-700">Chưa có bài viết nào.</p>
      ) : (
        <div className="mt-2">
          {result.items.map((article, index) => (
            <ArticleCard key={article.id} article={article} showSection={showSection} priority={index === 0} />
          ))}
        </div>
      )}
      <Pagination basePath={basePath} page={result.page} count={result.pageCount} />
    </div>
  );
}
