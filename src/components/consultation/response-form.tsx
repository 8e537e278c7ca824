import type { PublicConsultation } from '@/lib/consultations/public-consultations';
import { CONSENT } from '@/lib/consultations/consent';
import type { FormDraftData } from '@/lib/consultations/form-drafts';
import { RESPONSE_LIMITS } from '@/lib/consultations/response-input';
import { awardLabel } from './candidate-table';
import { RESPONSE_FORM_SCRIPT } from './response-form-script';

type Props = { consultation: PublicConsultation; formToken: string; candidateId: number | null; draft: FormDraftData | null };

const input = 'mt-1 block w-full rounded border border-neutral-400 px-3 py-2.5 text-base aria-[invalid=true]:border-red-700';

function FieldMessage({ name, draft }: { name: string; draft: FormDraftData | null }) {
  const messages = draft?.errors[name];
  return (
    <p id={`loi-${name}`} data-error-for={name} hidden={!messages?.length} className="mt-1 text-sm font-medium text-red-700">
      {messages?.join(' ')}
    </p>
  );
}

/** The comment form: works as a plain HTML form, and better with its own small script. */
export function ResponseForm({ consultation, formToken, candidateId, draft }: Props) {
  const value = (name: string) => draft?.values[name] ?? '';
  const invalid = (name: string) => (draft?.errors[name]?.length ? true : undefined);
  const described = (name: string, extra?: string) => [extra, `loi-${name}`].filter(Boolean).join(' ');
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
      <fieldset>
        <legend className="font-semibold">
          Thông tin liên hệ <span className="font-normal text-neutral-700">(thư điện tử hoặc số điện thoại, ít nhất một)</span>
        </legend>
        <div className="mt-2 grid gap-4 sm:grid-cols-2">
          <div>
            <label htmlFor="thu-dien-tu">Thư điện tử</label>
            <input id="thu-dien-tu" name="email" type="email" autoComplete="email" inputMode="email" defaultValue={value('email')} aria-describedby={described('email')} aria-invalid={invalid('email')} className={input} />
            <FieldMessage name="email" draft={draft} />
          </div>
          <div>
            <label htmlFor="dien-thoai">Số điện thoại</label>
            <input id="dien-thoai" name="phone" type="tel" autoComplete="tel" inputMode="tel" defaultValue={value('phone')} aria-describedby={described('phone')} aria-invalid={invalid('phone')} className={input} />
            <FieldMessage name="phone" draft={draft} />
          </div>
        </div>
      </fieldset>
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
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor="trang-web">Trang web (để trống)</label>
        <input id="trang-web" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <div>
        <div className="flex items-start gap-3">
          <input id="dong-y" name="consent" type="checkbox" value="dong-y" required defaultChecked={value('consent') === 'dong-y'} aria-describedby={described('consent')} aria-invalid={invalid('consent')} className="mt-1 h-5 w-5 shrink-0" />
          <label htmlFor="dong-y" className="text-[15px]">
            {CONSENT.text}
          </label>
        </div>
        <FieldMessage name="consent" draft={draft} />
      </div>
      <button type="submit" className="inline-flex min-h-11 items-center rounded bg-brand-700 px-6 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        Gửi góp ý
      </button>
      <script data-keep="" dangerouslySetInnerHTML={{ __html: RESPONSE_FORM_SCRIPT }} />
    </form>
  );
}
