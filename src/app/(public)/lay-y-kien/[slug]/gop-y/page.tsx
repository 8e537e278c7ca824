import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ResponseForm } from '@/components/consultation/response-form';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { getWorkingCalendar } from '@/lib/consultations/calendar';
import { readFormDraft } from '@/lib/consultations/form-drafts';
import { getPublicConsultation } from '@/lib/consultations/public-consultations';
import { phaseOf } from '@/lib/consultations/public-rule';
import { newFormToken } from '@/lib/consultations/responses';
import { workingDaysLeft } from '@/lib/consultations/working-days';
import { DeadlineLine } from '@/components/consultation/deadline-line';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Each visit gets its own one-time form token, so this page is never shared from a cache.
export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Gửi góp ý', robots: { index: false } };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function ResponseFormPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const query = await searchParams;
  const consultation = await getPublicConsultation(slug);
  if (!consultation) notFound();
  const now = new Date();
  const phase = phaseOf(consultation, now);
  const draft = await readFormDraft(first(query.nhap));
  const wanted = Number(first(query['doi-tuong']));
  const candidateId = consultation.candidates.some((c) => c.id === wanted && c.withdrawnAt === null) ? wanted : null;
  return (
    <div className="max-w-2xl">
      <Breadcrumb items={[{ label: 'Trang chủ', href: '/' }, { label: 'Lấy ý kiến Nhân dân', href: '/lay-y-kien' }, { label: 'Gửi góp ý' }]} />
      <h1 className="mt-3 text-2xl font-bold">Gửi góp ý</h1>
      <p className="mt-2 text-[15px]">
        Về:{' '}
        <a href={`/lay-y-kien/${consultation.slug}`} className="font-medium text-brand-700 underline">
          {consultation.title}
        </a>
      </p>
      {phase === 'open' ? (
        <>
          <DeadlineLine className="mt-3 rounded bg-amber-50 px-4 py-3" closesOn={consultation.closesOn} phase={phase} workingDaysLeft={workingDaysLeft(await getWorkingCalendar(), now, consultation.closesOn)} />
          <p className="mt-3 text-[15px] text-neutral-800">
            Mục có dấu <span className="text-red-700">*</span> là bắt buộc. Góp ý chỉ được chuyển tới Hội đồng Thi đua – Khen thưởng, không công bố; sau khi gửi, bạn nhận một mã tiếp nhận để tra cứu tình trạng xử lý.
          </p>
          <ResponseForm consultation={consultation} formToken={newFormToken()} candidateId={candidateId} draft={draft} />
        </>
      ) : (
        <div role="status" className="mt-4 rounded border border-neutral-300 bg-neutral-100 px-4 py-3">
          <p className="text-lg font-semibold">Đã hết thời hạn lấy ý kiến</p>
          <p className="mt-1 text-[15px]">{draft?.status === 409 ? `${draft.message} ` : ''}Đợt lấy ý kiến này không còn nhận góp ý.</p>
        </div>
      )}
    </div>
  );
}
