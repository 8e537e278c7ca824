import { CheckboxField, Field } from '@/components/admin/action-form';
import { LEVEL_LABELS, type PublicAward } from '@/lib/awards/public-awards';
import { RECIPIENT_LABELS } from '@/lib/consultations/award-rules';
import { formatCalendarDate } from '@/lib/consultations/working-days';

const select = 'min-h-11 w-full rounded border border-neutral-400 bg-white px-3';

/** The editable fields of one award type, inside an ActionForm. */
export function AwardFields({ award, idPrefix }: { award?: PublicAward; idPrefix: string }) {
  return (
    <>
      <Field name="name" label="Tên" defaultValue={award?.name} required />
      <Field name="nameEn" label="Tên tiếng Anh" defaultValue={award?.nameEn} />
      <label className="grid text-sm font-medium" htmlFor={`${idPrefix}-cap`}>
        Cấp khen thưởng
        <select id={`${idPrefix}-cap`} name="level" defaultValue={award?.level ?? 'PROVINCIAL'} className={`${select} font-normal`}>
          {Object.entries(LEVEL_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <Field name="conferrer" label="Người quyết định" defaultValue={award?.conferrer} required />
      <Field name="classes" label="Các hạng (cách nhau bằng dấu phẩy)" defaultValue={award?.classes.join(', ')} hint="Ví dụ: Nhất, Nhì, Ba. Để trống nếu không chia hạng." />
      <fieldset className="text-sm">
        <legend className="font-medium">Đối tượng</legend>
        {(Object.keys(RECIPIENT_LABELS) as (keyof typeof RECIPIENT_LABELS)[]).map((kind) => (
          <label key={kind} className="mr-4 inline-flex items-center gap-1">
            <input type="checkbox" name="recipientKinds" value={kind} defaultChecked={award ? award.recipientKinds.includes(kind) : kind === 'INDIVIDUAL'} />
            {RECIPIENT_LABELS[kind]}
          </label>
        ))}
      </fieldset>
      <CheckboxField name="posthumousAllowed" label="Có thể truy tặng" defaultChecked={award?.posthumousAllowed} />
      <CheckboxField name="consultationRequired" label="Phải lấy ý kiến Nhân dân trước khi đề nghị" defaultChecked={award?.consultationRequired} />
      <Field name="minConsultationWorkingDays" label="Số ngày làm việc tối thiểu lấy ý kiến" type="number" defaultValue={award?.minConsultationWorkingDays ?? ''} />
      <Field name="consultationBasis" label="Căn cứ của thời hạn lấy ý kiến" defaultValue={award?.consultationBasis} />
      <div className="md:col-span-2">
        <Field name="description" label="Mô tả" defaultValue={award?.description} />
      </div>
      <Field name="legalBasis" label="Căn cứ pháp lý" defaultValue={award?.legalBasis} required />
      <Field name="validFrom" label="Có hiệu lực từ ngày" defaultValue={award ? formatCalendarDate(award.validFrom) : ''} required />
      <Field name="validTo" label="Hết hiệu lực từ ngày" defaultValue={award?.validTo ? formatCalendarDate(award.validTo) : ''} hint="Để trống nếu còn hiệu lực." />
    </>
  );
}
