import { ConsentBox, ContactFields, draftHelpers, FieldMessage, Honeypot, publicInput as input } from '@/components/forms/public-form-parts';
import type { PublicConsultation } from '@/lib/consultations/public-consultations';
import { CONSENT } from '@/lib/consultations/consent';
import type { FormDraftData } from '@/lib/consultations/form-drafts';
import { RESPONSE_LIMITS } from '@/lib/consultations/response-input';
import { awardLabel } from './candidate-table';
import { RESPONSE_FORM_SCRIPT } from './response-form-script';

type Props = { consultation: PublicConsultation; formToken: string; candidateId: number | null; draft: FormDraftData | null };


/** The comment form: works as a plain HTML form, and better with its own small script. */
export function ResponseForm({ consultation, formToken, candidateId, draft }: Props) {
  const { value, invalid, described } = draftHelpers(draft);
  const chosen = draft ? value('candidateId') : candidateId ? String(candidateId) : '';
  const active = consultation.candidates.filter((c) => c.withdrawnAt === null);
  return (
    <form method="post" action={`/lay-y-kien/${consultation.slug}/gop-y/gui`} encType="multipart/form-data" data-response-form="" noValidate className="mt-6 space-y-5">
      <div id="trang-thai-gui" role="alert" tabIndex={-1} hidden={!draft} className="rounded border border-red-700 bg-red-50 px-4 py-3 font-medium text-red-800">
        {draft?.message}
      </div>
      <input type="hidden" name="formToken" value={draft?.values.formToken || formToken} />
      <div>
        <label htmlFor="doi-tuong" className="font-semibold">
          Góp ý về
        </label>
        <select id="doi-tuong" name="candidateId" defaultValue={chosen} aria-describedby={described('candidateId')} aria-invalid={invalid('candidateId')} className={input}>
          <option value="">Cả danh sách</option>
          {active.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.name} – {awardLabel(candidate)}
            </option>
          ))}
        </select>
        <FieldMessage name="candidateId" draft={draft} />
      </div>
      <div>
        <label htmlFor="ho-ten" className="font-semibold">
          Họ và tên <span aria-hidden="true" className="text-red-700">*</span>
        </label>
        <input id="ho-ten" name="fullName" autoComplete="name" required maxLength={RESPONSE_LIMITS.fullName} defaultValue={value('fullName')} aria-describedby={described('fullName')} aria-invalid={invalid('fullName')} className={input} />
        <FieldMessage name="fullName" draft={draft} />
      </div>
      <ContactFields draft={draft} note="thư điện tử hoặc số điện thoại, ít nhất một" />
      <div>
        <label htmlFor="dia-chi" className="font-semibold">
          Địa chỉ liên hệ
        </label>
        <input id="dia-chi" name="address" autoComplete="street-address" maxLength={RESPONSE_LIMITS.address} defaultValue={value('address')} aria-describedby={described('address')} aria-invalid={invalid('address')} className={input} />
        <FieldMessage name="address" draft={draft} />
      </div>
      <div>
        <label htmlFor="noi-dung-gop-y" className="font-semibold">
          Nội dung góp ý <span aria-hidden="true" className="text-red-700">*</span>
        </label>
        <textarea id="noi-dung-gop-y" name="content" rows={8} required maxLength={RESPONSE_LIMITS.content} defaultValue={value('content')} aria-describedby={described('content', 'dem-ky-tu')} aria-invalid={invalid('content')} className={input} />
        <p id="dem-ky-tu" className="mt-1 text-sm text-neutral-700">
          Tối đa 5.000 ký tự.
        </p>
        <FieldMessage name="content" draft={draft} />
      </div>
      <div>
        <label htmlFor="tep" className="font-semibold">
          Tài liệu gửi kèm <span className="font-normal text-neutral-700">(không bắt buộc; tối đa 3 tệp PDF, JPEG hoặc PNG, mỗi tệp đến 10 MB)</span>
        </label>
        <input id="tep" name="files" type="file" multiple accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" aria-describedby={described('files')} aria-invalid={invalid('files')} className="mt-1 block w-full text-base" />
        {draft && <p className="mt-1 text-sm text-neutral-700">Nếu đã chọn tệp, vui lòng chọn lại trước khi gửi.</p>}
        <FieldMessage name="files" draft={draft} />
      </div>
      <Honeypot />
      <ConsentBox draft={draft} text={CONSENT.text} />
      <button type="submit" className="inline-flex min-h-11 items-center rounded bg-brand-700 px-6 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        Gửi góp ý
      </button>
      <script data-keep="" dangerouslySetInnerHTML={{ __html: RESPONSE_FORM_SCRIPT }} />
    </form>
  );
}
