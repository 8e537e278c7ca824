import { CheckboxField, Field } from '@/components/admin/action-form';
import type { CalendarEntry } from '@/lib/consultations/working-days';
import { DeadlinePreview } from './deadline-preview';

export type ConsultationDefaults = {
  title: string;
  slug: string;
  summary: string;
  legalBasis: string;
  proposingBody: string;
  proposalRef: string;
  opensAt: string;
  workingDays: number;
  countPostingDay: boolean;
  receivingUnit: string;
  postalAddress: string;
  email: string;
  phone: string;
  contactPerson: string;
};

type Props = { defaults: ConsultationDefaults; calendar: CalendarEntry[]; floor: { days: number; basis: string; award: string } | null };

/** The notice's fields, inside an ActionForm (which shows each field's error). */
export function ConsultationFields({ defaults, calendar, floor }: Props) {
  return (
    <>
      <div className="md:col-span-2">
        <Field name="title" label="Tiêu đề" defaultValue={defaults.title} required />
      </div>
      <Field name="slug" label="Đường dẫn (/lay-y-kien/…)" defaultValue={defaults.slug} hint="Để trống: tạo từ tiêu đề." />
      <Field name="proposalRef" label="Văn bản đề nghị (tờ trình số, ngày)" defaultValue={defaults.proposalRef} />
      <div className="md:col-span-2">
        <Field name="summary" label="Tóm tắt (tối đa 100 từ)" defaultValue={defaults.summary} />
      </div>
      <Field name="proposingBody" label="Cơ quan đề nghị" defaultValue={defaults.proposingBody} />
      <Field name="legalBasis" label="Căn cứ pháp lý" defaultValue={defaults.legalBasis} />
      <Field name="opensAt" label="Thời điểm mở (giờ Việt Nam)" defaultValue={defaults.opensAt} hint="Ví dụ 05/06/2026 08:00. Để trống: mở ngay khi được duyệt." />
      <Field name="workingDays" label="Số ngày làm việc lấy ý kiến" type="number" defaultValue={defaults.workingDays} required />
      <div className="md:col-span-2">
        <CheckboxField name="countPostingDay" label="Tính cả ngày đăng (thông thường không tính, theo Điều 147 Bộ luật Dân sự)" defaultChecked={defaults.countPostingDay} />
      </div>
      <DeadlinePreview calendar={calendar} floor={floor} />
      <Field name="receivingUnit" label="Nơi nhận ý kiến" defaultValue={defaults.receivingUnit} />
      <Field name="postalAddress" label="Địa chỉ" defaultValue={defaults.postalAddress} />
      <Field name="email" label="Thư điện tử" type="email" defaultValue={defaults.email} />
      <Field name="phone" label="Điện thoại" defaultValue={defaults.phone} />
      <Field name="contactPerson" label="Người liên hệ" defaultValue={defaults.contactPerson} />
    </>
  );
}
