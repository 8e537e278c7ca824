import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticleCard } from '@/components/article/article-card';
import { GrantTable, recipientPath } from '@/components/awards/grant-table';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { getRecipient, type Recipient } from '@/lib/awards/recipients';
import { RECIPIENT_LABELS } from '@/lib/consultations/award-rules';
import { siteUrl } from '@/lib/env';
import { serializeJsonLd } from '@/lib/seo/article-metadata';
import { recipientJsonLd } from '@/lib/seo/decision-metadata';

type Props = { params: Promise<{ id: string }> };

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

async function lookup(param: string): Promise<Recipient | null> {
  const match = /^(\d{1,9})(?:-[a-z0-9-]{0,100})?$/.exec(param);
  return match ? getRecipient(Number(match[1])) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const recipient = await lookup((await params).id);
  if (!recipient) return { title: 'Không tìm thấy', robots: { index: false } };
  const { grant } = recipient;
  return {
    title: `${grant.name} – Tra cứu khen thưởng`,
    description: `${grant.name}${grant.unit ? `, ${grant.unit}` : ''}: ${recipient.awards.length} lần được khen thưởng trên cổng, gần nhất ${grant.award}.`,
    alternates: { canonical: recipientPath(grant) },
  };
}

export default async function RecipientPage({ params }: Props) {
  const { id } = await params;
  const recipient = await lookup(id);
  if (!recipient) notFound();
  const { grant, awards } = recipient;
  if (`/tra-cuu-khen-thuong/${id}` !== recipientPath(grant)) permanentRedirect(recipientPath(grant));
  const jsonLd = serializeJsonLd({
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url: `${siteUrl()}${recipientPath(grant)}`,
    inLanguage: 'vi',
    mainEntity: { ...recipientJsonLd(grant), award: awards.map((award) => recipientJsonLd(award).award) },
  });
  return (
    <div className="max-w-5xl">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
      <Breadcrumb items={[{ label: 'Trang chủ', href: '/' }, { label: 'Tra cứu khen thưởng', href: '/tra-cuu-khen-thuong' }, { label: grant.name }]} />
      <h1 className="mt-3 text-2xl font-bold sm:text-3xl">{grant.name}</h1>
      <p className="mt-1 text-[15px] text-neutral-800">
        {RECIPIENT_LABELS[grant.kind].replace(/^./, (c) => c.toUpperCase())}
        {grant.unit ? ` · ${grant.unit}` : ''}
        {grant.commune ? ` · ${grant.commune}` : ''}
      </p>
      {recipient.profileSlug && (
        <p className="mt-3 rounded border border-brand-100 bg-brand-50 p-3">
          <Link href={`/guong-dien-hinh/${recipient.profileSlug}`} className="font-semibold text-brand-700 underline underline-offset-2">
            Đọc câu chuyện gương điển hình về {grant.name}
          </Link>
        </p>
      )}
      <section aria-labelledby="cac-lan-khen" className="mt-6">
        <h2 id="cac-lan-khen" className="text-xl font-bold">
          Các lần được khen thưởng ({awards.length})
        </h2>
        <p className="mt-1 text-sm text-neutral-700">Theo các quyết định đã công bố trên cổng: cùng họ tên và cùng đơn vị hoặc cùng xã, phường (kể cả tên cũ trước năm 2025). Người trùng tên ở nơi khác không được tính.</p>
        <GrantTable rows={awards} caption={`Các lần ${grant.name} được khen thưởng, mới nhất trước`} captionHidden linkNames={false} />
      </section>
      {recipient.news.length > 0 && (
        <section aria-labelledby="tin-lien-quan" className="mt-8">
          <h2 id="tin-lien-quan" className="text-xl font-bold">
            Tin bài nhắc đến {grant.name}
          </h2>
          {recipient.news.map((article) => (
            <ArticleCard key={article.id} article={article} headingLevel="h3" />
          ))}
        </section>
      )}
    </div>
  );
}
