import { createConsultationAction } from '@/app/quan-tri/consultation-actions';
import { ActionForm } from '@/components/admin/action-form';
import { ConsultationFields } from '@/components/consultation-editor/consultation-fields';
import { requireActor } from '@/lib/auth/session';
import { readCalendarEntries } from '@/lib/consultations/calendar';
import { getSiteSettings } from '@/lib/content/settings';
import { db } from '@/lib/db';

export const metadata = { title: 'Tạo đợt lấy ý kiến' };

export default async function NewConsultationPage() {
  await requireActor('/quan-tri/lay-y-kien/moi', 'consultation.create');
  const [calendar, settings] = await Promise.all([readCalendarEntries(db), getSiteSettings()]);
  return (
    <>
      <h1 className="text-2xl font-bold">Tạo đợt lấy ý kiến Nhân dân</h1>
      <p className="mt-1 text-sm text-neutral-700">Lưu bản nháp trước; sau đó thêm danh sách (nhập từ tệp hoặc từng người), gắn thông báo có chữ ký và gửi duyệt.</p>
      <ActionForm action={createConsultationAction} submit="Lưu bản nháp" className="mt-4 grid gap-4 md:grid-cols-2">
        <ConsultationFields
          calendar={calendar}
          floor={null}
          defaults={{
            title: '',
            slug: '',
            summary: '',
            legalBasis: 'Luật Thi đua, khen thưởng số 06/2022/QH15; khoản 2 Điều 46 Nghị định số 98/2023/NĐ-CP.',
            proposingBody: settings.agencyName,
            proposalRef: '',
            opensAt: '',
            workingDays: 10,
            countPostingDay: false,
            receivingUnit: settings.agencyName,
            postalAddress: settings.address,
            email: settings.email,
            phone: settings.phone,
            contactPerson: '',
          }}
        />
      </ActionForm>
    </>
  );
}
