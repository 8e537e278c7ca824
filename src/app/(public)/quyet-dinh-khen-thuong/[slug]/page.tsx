import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AttachmentList } from '@/components/article/attachment-list';
import { GrantTable } from '@/components/awards/grant-table';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { LEVEL_LABELS } from '@/lib/awards/public-awards';
import { getPublicDecision } from '@/lib/awards/public-decisions';
import { formatCalendarDate } from '@/lib/consultations/working-days';
import { getSiteSettings } from '@/lib/content/settings';
import { siteUrl } from '@/lib/env';
import { serializeJsonLd } from '@/lib/seo/article-metadata';
import { buildDecisionDublinCore, buildDecisionJsonLd, decisionTitle, decisionUrl } from '@/lib/seo/decision-metadata';
import { formatVietnamTime } from '@/lib/text/dates';
import { formatNumber } from '@/lib/text/format';

type Props = { params: Promise<{ slug: string }> };

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const decision = await getPublicDecision((await params).slug);
  if (!decision) return { title: 'Không tìm thấy', robots: { index: false } };
  const origin = siteUrl();
  const settings = await getSiteSettings();
  return {
    title: decisionTitle(decision),
    description: decision.summary,
    alternates: { canonical: decisionUrl(origin, decision.slug) },
    openGraph: { type: 'website', title: decisionTitle(decision), description: decision.summary, url: decisionUrl(origin, decision.slug), siteName: settings.siteName, locale: 'vi_VN' },
    other: buildDecisionDublinCore(decision, origin, settings.agencyName),
  };
}

export default async function DecisionPage({ params }: Props) {
  const decision = await getPublicDecision((await params).slug);
  if (!decision) notFound();
  const annulled = decision.status === 'ANNULLED';
  const origin = siteUrl();
  const settings = await getSiteSettings();
  const jsonLd = serializeJsonLd(buildDecisionJsonLd(decision, origin, { name: settings.agencyName, url: origin }));
  return (
    <article className="max-w-5xl">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
      <Breadcrumb items={[{ label: 'Trang chủ', href: '/' }, { label: 'Quyết định khen thưởng', href: '/quyet-dinh-khen-thuong' }, { label: `Số ${decision.number}` }]} />
      {annulled && (
        <div role="note" className="mt-4 rounded border-2 border-red-700 bg-red-50 p-4 text-red-950">
          <p className="font-bold">Quyết định này đã bị hủy bỏ</p>
          <p className="mt-1">
            Theo Quyết định số {decision.annulledBy}. Lý do: {decision.annulmentReason}
          </p>
          <p className="mt-1 text-sm">Các cá nhân, tập thể trong quyết định này không còn trong kết quả tra cứu và thống kê khen thưởng.</p>
        </div>
      )}
      <h1 className="mt-4 text-2xl font-bold sm:text-3xl">{decisionTitle(decision)}</h1>
      <p className="mt-3 text-lg font-semibold">{decision.summary}</p>
      <dl className="mt-5 grid gap-x-4 gap-y-2 text-[15px] sm:grid-cols-[12rem_1fr]">
        <dt className="font-semibold">Số ký hiệu</dt>
        <dd>{decision.number}</dd>
        <dt className="font-semibold">Ngày ký</dt>
        <dd>{formatCalendarDate(decision.issuedOn)}</dd>
        <dt className="font-semibold">Cơ quan ban hành</dt>
        <dd>{decision.issuer}</dd>
        {decision.signerName && (
          <>
            <dt className="font-semibold">Người ký</dt>
            <dd>
              {decision.signerTitle ? `${decision.signerTitle} ` : ''}
              {decision.signerName}
            </dd>
          </>
        )}
        <dt className="font-semibold">Cấp khen thưởng</dt>
        <dd>{LEVEL_LABELS[decision.level]}</dd>
        <dt className="font-semibold">Năm thành tích</dt>
        <dd>{decision.achievementYear}</dd>
      </dl>
      <AttachmentList files={decision.attachments} />
      <section aria-labelledby="danh-sach" className="mt-8">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="danh-sach" className="text-xl font-bold">
            Danh sách được khen thưởng
          </h2>
          {decision.grants.length > 0 && (
            <a href={`/quyet-dinh-khen-thuong/${decision.slug}/danh-sach.csv`} download className="inline-flex min-h-11 items-center rounded border border-brand-700 px-4 font-medium text-brand-700 hover:bg-brand-50">
              Tải danh sách (CSV)
            </a>
          )}
        </div>
        <p className="mt-1 text-[15px]">
          {formatNumber(decision.grants.length + decision.hiddenCount)} cá nhân, tập thể
          {decision.hiddenCount > 0 ? `, trong đó ${formatNumber(decision.hiddenCount)} trường hợp không công bố theo đề nghị của người được khen` : ''}.
        </p>
        <GrantTable rows={decision.grants} caption={`Danh sách kèm theo Quyết định số ${decision.number}${annulled ? ' (đã bị hủy bỏ)' : ''}`} showDecision={false} />
      </section>
      {decision.changes.length > 0 && (
        <section aria-labelledby="dinh-chinh" className="mt-8 border-t border-neutral-300 pt-4 text-[15px]">
          <h2 id="dinh-chinh" className="font-bold">
            Đính chính, thay đổi
          </h2>
          <ul className="mt-2 space-y-1">
            {decision.changes.map((change) => (
              <li key={change.at}>
                <time dateTime={change.at}>{formatVietnamTime(change.at)}</time>: {change.note}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="mt-8 text-sm text-neutral-700">
        Cập nhật lúc {formatVietnamTime(decision.updatedAt)}.{' '}
        <Link href="/tra-cuu-khen-thuong" className="text-brand-700 underline underline-offset-2">
          Tra cứu khen thưởng
        </Link>
      </p>
    </article>
  );
}
