import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleListPage } from '@/components/article/article-list-page';
import { getTagArticles } from '@/lib/content/public-articles';
import { getTagBySlug } from '@/lib/content/tags';
import { parsePage } from '@/lib/text/pagination';
import { isSlug } from '@/lib/text/slug';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const page = parsePage(query.trang);
  const tag = isSlug(slug) ? await getTagBySlug(slug) : null;
  if (!tag || page === null) notFound();
  return { tag, page };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { tag, page } = await load(props);
  const path = `/the/${tag.slug}`;
  return {
    title: page > 1 ? `${tag.name} – Trang ${page}` : tag.name,
    description: `Tin bài gắn thẻ “${tag.name}”.`,
    alternates: { canonical: page > 1 ? `${path}?trang=${page}` : path },
  };
}

export default async function TagPage(props: Props) {
  const { tag, page } = await load(props);
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
