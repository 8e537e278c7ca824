import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleListPage } from '@/components/article/article-list-page';
import { getTagArticles } from '@/lib/content/public-articles';
import { getTagBySlug } from '@/lib/content/tags';
import { parsePage } from '@/lib/text/pagination';
import { isSlug } from '@/lib/text/slug';

// A tag's list, page by page: /the/{slug}, and "?trang=N" rewritten (next.config.ts) to
// /the/{slug}/trang/N, each a path Next caches, expired by the tag's cache tag.

async function load(slug: string, pageText: string) {
  const page = parsePage(pageText);
  const tag = isSlug(slug) ? await getTagBySlug(slug) : null;
  if (!tag || page === null) notFound();
  return { tag, page };
}

export async function tagMetadata(slug: string, pageText: string): Promise<Metadata> {
  const { tag, page } = await load(slug, pageText);
  const path = `/the/${tag.slug}`;
  return {
    title: page > 1 ? `${tag.name} – Trang ${page}` : tag.name,
    description: `Tin bài gắn thẻ “${tag.name}”.`,
    alternates: { canonical: page > 1 ? `${path}?trang=${page}` : path },
  };
}

export async function TagList({ slug, page: pageText }: { slug: string; page: string }) {
  const { tag, page } = await load(slug, pageText);
  const result = await getTagArticles(tag.slug, page);
  if (page > result.pageCount) notFound();
  return (
    <ArticleListPage
      heading={<>Thẻ: {tag.name}</>}
      crumbs={[{ label: 'Trang chủ', href: '/' }, { label: `Thẻ: ${tag.name}` }]}
      basePath={`/the/${tag.slug}`}
      result={result}
      showSection
    />
  );
}
