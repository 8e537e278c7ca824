import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticleBody } from '@/components/article/article-body';
import { ArticleCard } from '@/components/article/article-card';
import { AttachmentList } from '@/components/article/attachment-list';
import { PhotoFigure } from '@/components/article/photo-figure';
import { PrintButton } from '@/components/article/print-button';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { VietnamTime } from '@/components/ui/vietnam-time';
import { bodyFigureIds } from '@/lib/content/body-text';
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
    alternates: { canonical: articleUrl(origin, article.slug) },
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
  const origin = siteUrl();
  const [settings, related] = await Promise.all([getSiteSettings(), getRelatedArticles(article)]);
  const jsonLd = buildNewsArticleJsonLd(article, origin, {
    name: settings.agencyName,
    logoUrl: `${origin}/logo-512.png`,
    url: origin,
  });
  const inBody = new Set(bodyFigureIds(article.body));
  const leadOnTop = article.lead && !inBody.has(article.lead.mediaId) ? article.lead : null;
  const firstBodyPhoto = [...inBody][0];
  const extraPhotos = article.photos.filter((photo) => !inBody.has(photo.mediaId) && photo.mediaId !== leadOnTop?.mediaId);

  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_300px]">
      <article className="min-w-0">
        <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(jsonLd) }} />
        <Breadcrumb
          items={[
            { label: 'Trang chủ', href: '/' },
            { label: article.section.name, href: `/chuyen-muc/${article.section.slug}` },
          ]}
        />
        <h1 className="mt-3 text-2xl leading-tight font-bold text-neutral-900 sm:text-3xl">{article.title}</h1>
        <div className="mt-3 flex flex-wrap items-center justify-between gap-3 text-sm text-neutral-600">
          <p>
            <VietnamTime value={article.publishedAt} />
            {article.revisedAt && (
              <span className="ml-3">
                Cập nhật lúc <VietnamTime value={article.revisedAt} />
              </span>
            )}
          </p>
          <PrintButton />
        </div>
        {article.sapo && (
          <p className="mt-4 text-[17px] leading-relaxed font-bold text-neutral-900">
            ({article.source || settings.siteName}) – {article.sapo}
          </p>
        )}
        {leadOnTop && <PhotoFigure photo={leadOnTop} priority />}
        <div className="mt-4">
          <ArticleBody body={article.body} photos={article.photos} priorityMediaId={leadOnTop ? undefined : firstBodyPhoto} />
          {extraPhotos.map((photo) => (
            <PhotoFigure key={photo.mediaId} photo={photo} />
          ))}
        </div>
        {article.byline && <p className="mt-6 text-right font-bold">{article.byline}</p>}
        {article.tags.length > 0 && (
          <div className="no-print mt-6 flex flex-wrap items-center gap-2 text-sm">
            <span className="font-bold">Tag:</span>
            {article.tags.map((tag) => (
              <Link key={tag.slug} href={`/the/${tag.slug}`} className="rounded-full bg-neutral-100 px-3 py-1.5 text-neutral-800 hover:bg-brand-50 hover:text-brand-700">
                {tag.name}
              </Link>
            ))}
          </div>
        )}
        <AttachmentList files={article.attachments} />
      </article>
      {related.length > 0 && (
        <aside aria-labelledby="tin-lien-quan" className="no-print">
          <h2 id="tin-lien-quan" className="border-b-2 border-brand-700 pb-2 text-lg font-bold text-brand-700">
            Tin cùng chuyên mục
          </h2>
          {related.map((item) => (
            <ArticleCard key={item.id} article={item} headingLevel="h3" compact />
          ))}
        </aside>
      )}
    </div>
  );
}
