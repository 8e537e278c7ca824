import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ConsultationDetails } from '@/components/consultation/consultation-details';
import { DeadlineLine } from '@/components/consultation/deadline-line';
import { HowToRespond } from '@/components/consultation/how-to-respond';
import { PhaseBadge } from '@/components/consultation/phase-badge';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { getWorkingCalendar } from '@/lib/consultations/calendar';
import { getPublicConsultation } from '@/lib/consultations/public-consultations';
import { phaseOf } from '@/lib/consultations/public-rule';
import { workingDaysLeft } from '@/lib/consultations/working-days';
import { getSiteSettings } from '@/lib/content/settings';
import { siteUrl } from '@/lib/env';
import { buildConsultationDublinCore, buildConsultationJsonLd, consultationDescription, consultationUrl } from '@/lib/seo/consultation-metadata';
import { serializeJsonLd } from '@/lib/seo/article-metadata';
import { formatVietnamDate } from '@/lib/text/dates';

type Props = { params: Promise<{ slug: string }> };

// Cached like an article; the opening, the closing and every change expire it on every
// instance (the scheduler announces them), and so does each new day while it is open.
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const consultation = await getPublicConsultation((await params).slug);
  if (!consultation) return { title: 'Không tìm thấy đợt lấy ý kiến', robots: { index: false } };
  const origin = siteUrl();
  const settings = await getSiteSettings();
  return {
    title: consultation.title,
    description: consultationDescription(consultation),
    alternates: { canonical: consultationUrl(origin, consultation.slug) },
    openGraph: { type: 'website', title: consultation.title, description: consultationDescription(consultation), url: consultationUrl(origin, consultation.slug), siteName: settings.siteName, locale: 'vi_VN' },
    other: buildConsultationDublinCore(consultation, origin, settings.agencyName),
  };
}

export default async function ConsultationPage({ params }: Props) {
  const consultation = await getPublicConsultation((await params).slug);
  if (!consultation) notFound();
  const now = new Date();
  const [settings, calendar] = await Promise.all([getSiteSettings(), getWorkingCalendar()]);
  const phase = phaseOf(consultation, now);
  const origin = siteUrl();
  const jsonLd = serializeJsonLd(buildConsultationJsonLd(consultation, origin, { name: settings.agencyName, url: origin }));
  const open = phase === 'open';
  return (
    <article className="max-w-5xl">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
      <Breadcrumb items={[{ label: 'Trang chủ', href: '/' }, { label: 'Lấy ý kiến Nhân dân', href: '/lay-y-kien' }, { label: consultation.title }]} />
      <p className="mt-3">
        <PhaseBadge phase={phase} />
      </p>
      <h1 className="mt-2 text-2xl leading-snug font-bold sm:text-3xl">{consultation.title}</h1>
      {consultation.summary && <p className="mt-3 text-lg font-semibold text-neutral-900">{consultation.summary}</p>}
      {phase === 'open' ? (
        <DeadlineLine className="mt-4 rounded bg-amber-50 px-4 py-3 text-lg" closesOn={consultation.closesOn} phase={phase} workingDaysLeft={workingDaysLeft(calendar, now, consultation.closesOn)} />
      ) : (
        <div role="status" className="mt-4 rounded border border-neutral-300 bg-neutral-100 px-4 py-3">
          <p className="text-lg font-semibold">Đã hết thời hạn lấy ý kiến</p>
          <p className="text-[15px]">Thời hạn góp ý đã kết thúc; ý kiến nhận được đã được tổng hợp để báo cáo Hội đồng Thi đua – Khen thưởng.</p>
        </div>
      )}
      {phase === 'concluded' && consultation.outcomeText && (
        <section aria-labelledby="ket-qua" className="mt-6 rounded border-l-4 border-brand-700 bg-brand-50 px-4 py-3">
          <h2 id="ket-qua" className="text-xl font-bold">
            Kết quả{consultation.outcomePublishedAt ? ` (${formatVietnamDate(consultation.outcomePublishedAt)})` : ''}
          </h2>
          <p className="mt-2 whitespace-pre-line">{consultation.outcomeText}</p>
          {consultation.outcomeUrl && (
            <p className="mt-2">
              <a href={consultation.outcomeUrl} className="font-medium text-brand-700 underline">
                Xem quyết định, kết quả khen thưởng
              </a>
            </p>
          )}
        </section>
      )}
      <ConsultationDetails consultation={consultation} commentHref={open ? (id) => `/lay-y-kien/${consultation.slug}/gop-y?doi-tuong=${id}` : undefined} />
      {open && <HowToRespond consultation={consultation} />}
      <p className="no-print mt-6 flex flex-wrap gap-4 text-[15px]">
        <a href={`/lay-y-kien/${consultation.slug}/in`} className="text-brand-700 underline">
          Bản in
        </a>
        <a href="/tra-cuu-gop-y" className="text-brand-700 underline">
          Tra cứu góp ý đã gửi
        </a>
      </p>
    </article>
  );
}
