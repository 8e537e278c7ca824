import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticleFull } from '@/components/article/article-full';
import { embeddedDecisions } from '@/lib/awards/public-decisions';
import { getArticleBySlug, getRelatedArticles } from '@/lib/content/public-articles';
import { getSiteSettings } from '@/lib/content/settings';
import { siteUrl } from '@/lib/env';
import { articleUrl, buildDublinCore, buildNewsArticleJsonLd, description, serializeJsonLd, socialImages } from '@/lib/seo/article-metadata';
import { formatVietnamTime, isoVietnam } from '@/lib/text/dates';
import { isSlug } from '@/lib/text/slug';

type Props = { params: Promise<{ slug: string }> };

// Rendered on first visit, then served from the cache until an edit invalidates it.
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

async function lookup(slug: string) {
  return isSlug(slug) ? getArticleBySlug(slug) : ({ kind: 'missing' } as const);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const result = await lookup(slug);
  if (result.kind === 'withdrawn') return { title: 'Bài viết đã được gỡ', robots: { index: false } };
  if (result.kind !== 'found') return { title: 'Không tìm thấy bài viết', robots: { index: false } };
  const { article } = result;
  const origin = siteUrl();
  const settings = await getSiteSettings();
  const images = article.lead ? socialImages(origin, article.lead.storageKey) : [];
  return {
    title: article.title,
    description: description(article),
    // The story of an exemplary person is read on their profile page, with their awards.
    alternates: { canonical: article.profileSlug ? `${origin}/guong-dien-hinh/${article.profileSlug}` : articleUrl(origin, article.slug) },
    openGraph: {
      type: 'article',
      title: article.title,
      description: description(article),
      url: articleUrl(origin, article.slug),
      siteName: settings.siteName,
      locale: 'vi_VN',
      publishedTime: isoVietnam(article.publishedAt),
      modifiedTime: isoVietnam(article.revisedAt ?? article.publishedAt),
      section: article.section.name,
      tags: article.tags.map((tag) => tag.name),
      images: images[0] ? [{ url: images[0], width: 1200, height: 675, alt: article.lead?.alt || article.title }] : undefined,
    },
    twitter: { card: 'summary_large_image', title: article.title, description: description(article), images: images.slice(0, 1) },
    other: buildDublinCore(article, origin, settings.agencyName),
  };
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params;
  const result = await lookup(slug);
  if (result.kind === 'moved') permanentRedirect(`/bai-viet/${result.slug}`);
  if (result.kind === 'withdrawn') {
    return (
      <div className="mx-auto max-w-xl py-12 text-center">
        <h1 className="text-2xl font-bold">Bài viết đã được gỡ</h1>
        <p className="mt-3 text-neutral-700">
          Bài “{result.title}” không còn được đăng trên cổng thông tin
          {result.withdrawnAt ? ` từ ${formatVietnamTime(result.withdrawnAt)}` : ''}.
        </p>
        <p className="mt-6">
          <Link href="/" className="rounded bg-brand-700 px-4 py-2.5 font-medium text-white hover:bg-brand-800">
            Về trang chủ
          </Link>
        </p>
      </div>
    );
  }
  if (result.kind !== 'found') notFound();

  const { article } = result;
  // A page of the agency is read at its own address.
  if (article.pagePath) permanentRedirect(`/${article.pagePath}`);
  const origin = siteUrl();
  const [settings, related, decisions] = await Promise.all([getSiteSettings(), getRelatedArticles(article), embeddedDecisions(article.body)]);
  const jsonLd = buildNewsArticleJsonLd(article, origin, {
    name: settings.agencyName,
    logoUrl: `${origin}/logo-512.png`,
    url: origin,
  });
  return <ArticleFull article={article} related={related} siteName={settings.siteName} jsonLd={serializeJsonLd(jsonLd)} decisions={decisions} />;
}
