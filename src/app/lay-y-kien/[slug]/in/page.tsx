import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PrintButton } from '@/components/article/print-button';
import { ConsultationDetails } from '@/components/consultation/consultation-details';
import { getPublicConsultation } from '@/lib/consultations/public-consultations';
import { phaseOf, PHASE_LABELS } from '@/lib/consultations/public-rule';
import { getSiteSettings } from '@/lib/content/settings';
import { formatVietnamTime } from '@/lib/text/dates';

type Props = { params: Promise<{ slug: string }> };

// The print view: the notice and its list on paper, without the site's menus.
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const consultation = await getPublicConsultation((await params).slug);
  return { title: consultation ? `Bản in: ${consultation.title}` : 'Không tìm thấy', robots: { index: false } };
}

export default async function ConsultationPrintPage({ params }: Props) {
  const { slug } = await params;
  const consultation = await getPublicConsultation(slug);
  if (!consultation) notFound();
  const settings = await getSiteSettings();
  const { contacts } = consultation;
  return (
    <main className="mx-auto w-full max-w-4xl px-6 py-6 text-[15px]">
      <p className="flex items-center justify-between gap-4">
        <span className="font-semibold uppercase">{settings.agencyName}</span>
        <PrintButton label="In trang này" />
      </p>
      <p className="mt-1 text-sm text-neutral-700">
        {settings.siteName} · {PHASE_LABELS[phaseOf(consultation)]} · in lúc {formatVietnamTime(new Date())}
      </p>
      <h1 className="mt-4 text-2xl leading-snug font-bold">{consultation.title}</h1>
      {consultation.summary && <p className="mt-2 font-semibold">{consultation.summary}</p>}
      <ConsultationDetails consultation={consultation} linkAwards={false} />
      <h2 className="mt-6 text-lg font-bold">Nơi nhận ý kiến</h2>
      <p className="mt-1">
        {[contacts.receivingUnit, contacts.postalAddress, contacts.email && `Thư điện tử: ${contacts.email}`, contacts.phone && `Điện thoại: ${contacts.phone}`, contacts.contactPerson && `Người liên hệ: ${contacts.contactPerson}`]
          .filter(Boolean)
          .join('; ')}
      </p>
      <p className="no-print mt-6">
        <a href={`/lay-y-kien/${consultation.slug}`} className="text-brand-700 underline">
          Về trang lấy ý kiến
        </a>
      </p>
    </main>
  );
}
