import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleListPage } from '@/components/article/article-list-page';
import { getSectionArticles } from '@/lib/content/public-articles';
import { getSectionBySlug } from '@/lib/content/sections';
import { parsePage } from '@/lib/text/pagination';
import { isSlug } from '@/lib/text/slug';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const page = parsePage(query.trang);
  const section = isSlug(slug) ? await getSectionBySlug(slug) : null;
  if (!section || page === null) notFound();
  return { section, page };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { section, page } = await load(props);
  const path = `/chuyen-muc/${section.slug}`;
  return {
    title: page > 1 ? `${section.name} – Trang ${page}` : section.name,
    description: section.description || `Tin bài chuyên mục ${section.name}.`,
    alternates: {
      canonical: page > 1 ? `${path}?trang=${page}` : path,
      types: { 'application/rss+xml': [{ url: `${path}/rss.xml`, title: section.name }] },
    },
    openGraph: { type: 'website', title: section.name, url: path },
  };
}

export default async function SectionPage(props: Props) {
  const { section, page } = await load(props);
  const result = await getSectionArticles(section.slug, page);
  if (page > result.pageCount) notFound();
  return (
    <ArticleListPage
      heading={section.name}
      intro={section.description}
      crumbs={[{ label: 'Trang chủ', href: '/' }, { label: section.name }]}
      basePath={`/chuyen-muc/${section.slug}`}
      result={result}
      feedHref={`/chuyen-muc/${section.slug}/rss.xml`}
    />
  );
}
