import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { CATEGORY_LABELS, getAwardBySlug, LEVEL_LABELS } from '@/lib/awards/public-awards';
import { RECIPIENT_LABELS } from '@/lib/consultations/award-rules';
import { formatCalendarDate } from '@/lib/consultations/working-days';
import { isSlug } from '@/lib/text/slug';

type Props = { params: Promise<{ slug: string }> };

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

const lookup = (slug: string) => (isSlug(slug) ? getAwardBySlug(slug) : Promise.resolve(null));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const award = await lookup((await params).slug);
  if (!award) return { title: 'Không tìm thấy', robots: { index: false } };
  return { title: award.name, description: award.description, alternates: { canonical: `/danh-hieu-khen-thuong/${award.slug}` } };
}

export default async function AwardPage({ params }: Props) {
  const award = await lookup((await params).slug);
  if (!award) notFound();
  const kinds = award.recipientKinds.map((kind) => RECIPIENT_LABELS[kind]).join(', ');
  return (
    <article className="max-w-3xl">
      <Breadcrumb items={[{ label: 'Trang chủ', href: '/' }, { label: 'Danh hiệu, khen thưởng', href: '/danh-hieu-khen-thuong' }, { label: award.name }]} />
      <p className="mt-3 text-sm font-medium text-neutral-700">{CATEGORY_LABELS[award.category]}</p>
      <h1 className="mt-1 text-2xl font-bold sm:text-3xl">{award.name}</h1>
      {award.nameEn && (
        <p lang="en" className="text-neutral-700">
          {award.nameEn}
        </p>
      )}
      <p className="mt-4 text-lg">{award.description}</p>
      <dl className="mt-5 grid gap-x-4 gap-y-2 text-[15px] sm:grid-cols-[14rem_1fr]">
        <dt className="font-semibold">Cấp khen thưởng</dt>
        <dd>{LEVEL_LABELS[award.level]}</dd>
        <dt className="font-semibold">Người quyết định</dt>
        <dd>{award.conferrer}</dd>
        <dt className="font-semibold">Đối tượng</dt>
        <dd>{kinds.replace(/^./, (c) => c.toUpperCase())}</dd>
        <dt className="font-semibold">Hạng</dt>
        <dd>{award.classes.length > 0 ? award.classes.map((c) => `hạng ${c}`).join(', ') : 'Không chia hạng'}</dd>
        <dt className="font-semibold">Truy tặng</dt>
        <dd>{award.posthumousAllowed ? 'Có thể truy tặng' : 'Không'}</dd>
        <dt className="font-semibold">Lấy ý kiến Nhân dân</dt>
        <dd>{award.consultationRequired ? `Có, tối thiểu ${award.minConsultationWorkingDays} ngày làm việc (${award.consultationBasis})` : 'Không bắt buộc'}</dd>
        <dt className="font-semibold">Căn cứ pháp lý</dt>
        <dd>{award.legalBasis}</dd>
        <dt className="font-semibold">Hiệu lực</dt>
        <dd>
          Từ {formatCalendarDate(award.validFrom)}
          {award.validTo ? ` đến ${formatCalendarDate(award.validTo)}` : ''}
        </dd>
      </dl>
    </article>
  );
}
