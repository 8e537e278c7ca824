import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArticleBody } from '@/components/article/article-body';
import { ArticleCard } from '@/components/article/article-card';
import { ResponsiveImage } from '@/components/article/responsive-image';
import { GrantTable } from '@/components/awards/grant-table';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { embeddedDecisions } from '@/lib/awards/public-decisions';
import { getPublicProfile } from '@/lib/awards/public-profiles';
import { RECIPIENT_LABELS } from '@/lib/consultations/award-rules';
import { getSiteSettings } from '@/lib/content/settings';
import { siteUrl } from '@/lib/env';
import { serializeJsonLd } from '@/lib/seo/article-metadata';
import { buildProfileDublinCore, buildProfileJsonLd, profileDescription, profileUrl } from '@/lib/seo/profile-metadata';
import { formatVietnamTime } from '@/lib/text/dates';

type Props = { params: Promise<{ slug: string }> };

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const profile = await getPublicProfile((await params).slug);
  if (!profile) return { title: 'Không tìm thấy', robots: { index: false } };
  const origin = siteUrl();
  const settings = await getSiteSettings();
  return {
    title: `${profile.name} – Gương điển hình`,
    description: profileDescription(profile),
    alternates: { canonical: profileUrl(origin, profile.slug) },
    openGraph: { type: 'profile', title: profile.name, description: profileDescription(profile), url: profileUrl(origin, profile.slug), siteName: settings.siteName, locale: 'vi_VN' },
    other: buildProfileDublinCore(profile, origin, settings.agencyName),
  };
}

export default async function ProfilePage({ params }: Props) {
  const profile = await getPublicProfile((await params).slug);
  if (!profile) notFound();
  const origin = siteUrl();
  const settings = await getSiteSettings();
  const jsonLd = serializeJsonLd(buildProfileJsonLd(profile, origin, { name: settings.agencyName, url: origin }));
  const story = profile.story;
  const decisions = await embeddedDecisions(story.body);
  return (
    <article className="max-w-4xl">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
      <Breadcrumb items={[{ label: 'Trang chủ', href: '/' }, { label: 'Gương điển hình', href: '/guong-dien-hinh' }, { label: profile.name }]} />
      <div className="mt-4 grid gap-5 sm:grid-cols-[12rem_1fr]">
        {profile.portrait && (
          <figure>
            <ResponsiveImage photo={{ ...profile.portrait, decorative: false }} sizes="(min-width: 640px) 192px, 100vw" priority maxWidth={640} className="w-full rounded" />
          </figure>
        )}
        <div>
          <p className="text-sm font-medium text-neutral-700">Gương điển hình · {profile.field}</p>
          <h1 className="mt-1 text-2xl font-bold sm:text-3xl">{profile.name}</h1>
          <dl className="mt-3 grid gap-x-3 gap-y-1 text-[15px] sm:grid-cols-[8rem_1fr]">
            <dt className="font-semibold">Đối tượng</dt>
            <dd>{RECIPIENT_LABELS[profile.kind].replace(/^./, (c) => c.toUpperCase())}</dd>
            {profile.unit && (
              <>
                <dt className="font-semibold">Đơn vị</dt>
                <dd>{profile.unit}</dd>
              </>
            )}
            {profile.commune && (
              <>
                <dt className="font-semibold">Xã, phường</dt>
                <dd>{profile.commune}</dd>
              </>
            )}
          </dl>
          {profile.summary && <p className="mt-3 text-[17px] font-semibold">{profile.summary}</p>}
        </div>
      </div>

      <section aria-labelledby="cau-chuyen" className="mt-8">
        <h2 id="cau-chuyen" className="text-xl font-bold">
          {story.title}
        </h2>
        {story.sapo && <p className="mt-3 text-[17px] leading-relaxed font-bold">{story.sapo}</p>}
        <div className="mt-4">
          <ArticleBody body={story.body} photos={story.photos} decisions={decisions} />
        </div>
        {story.byline && <p className="mt-6 text-right font-bold">{story.byline}</p>}
      </section>

      <section aria-labelledby="khen-thuong" className="mt-8">
        <h2 id="khen-thuong" className="text-xl font-bold">
          Các hình thức khen thưởng đã nhận
        </h2>
        {profile.grants.length > 0 ? (
          <GrantTable rows={profile.grants} caption={`Khen thưởng của ${profile.name}, mới nhất trước`} captionHidden />
        ) : (
          <p className="mt-2 text-[15px]">Chưa có quyết định khen thưởng nào được gắn với gương điển hình này trên cổng.</p>
        )}
      </section>

      {profile.news.length > 0 && (
        <section aria-labelledby="tin-lien-quan" className="mt-8">
          <h2 id="tin-lien-quan" className="text-xl font-bold">
            Tin bài nhắc đến {profile.name}
          </h2>
          <div className="mt-2">
            {profile.news.map((article) => (
              <ArticleCard key={article.id} article={article} headingLevel="h3" />
            ))}
          </div>
        </section>
      )}
      <p className="mt-8 text-sm text-neutral-700">
        Cập nhật lúc {formatVietnamTime(profile.updatedAt)}.{' '}
        <Link href={`/bai-viet/${story.slug}`} className="text-brand-700 underline underline-offset-2">
          Bài viết gốc
        </Link>
      </p>
    </article>
  );
}
