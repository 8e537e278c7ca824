import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleListPage } from '@/components/article/article-list-page';
import { getSectionArticles } from '@/lib/content/public-articles';
import { getSectionBySlug } from '@/lib/content/sections';
import { parsePage } from '@/lib/text/pagination';
import { isSlug } from '@/lib/text/slug';

// A section's list, page by page. Page 1 is /chuyen-muc/{slug}; "?trang=N" is rewritten
// (next.config.ts) to /chuyen-muc/{slug}/trang/N, so every page is a path Next caches
// like an article, expired by the section's tag.

async function load(slug: string, pageText: string) {
  const page = parsePage(pageText);
  const section = isSlug(slug) ? await getSectionBySlug(slug) : null;
  if (!section || page === null) notFound();
  return { section, page };
}

export async function sectionMetadata(slug: string, pageText: string): Promise<Metadata> {
  const { section, page } = await load(slug, pageText);
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

export async function SectionList({ slug, page: pageText }: { slug: string; page: string }) {
  const { section, page } = await load(slug, pageText);
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
