import type { FormDraftData } from '@/lib/consultations/form-drafts';
import { QUESTION_CONSENT, QUESTION_FIELDS, QUESTION_LIMITS } from '@/lib/questions/question-input';

const input = 'mt-1 block w-full rounded border border-neutral-400 px-3 py-2.5 text-base aria-[invalid=true]:border-red-700';

function FieldMessage({ name, draft }: { name: string; draft: FormDraftData | null }) {
  const messages = draft?.errors[name];
  return (
    <p id={`loi-${name}`} hidden={!messages?.length} className="mt-1 text-sm font-medium text-red-700">
      {messages?.join(' ')}
    </p>
  );
}

/** The question form: a plain HTML form; a refused one comes back filled in, with each field's error. */
export function QuestionForm({ formToken, draft }: { formToken: string; draft: FormDraftData | null }) {
  const value = (name: string) => draft?.values[name] ?? '';
  const invalid = (name: string) => (draft?.errors[name]?.length ? true : undefined);
  const described = (name: string, extra?: string) => [extra, `loi-${name}`].filter(Boolean).join(' ');
  return (
    <form method="post" action="/hoi-dap/dat-cau-hoi/gui" noValidate className="mt-6 space-y-5">
      {draft && (
        <div role="alert" className="rounded border border-red-700 bg-red-50 px-4 py-3 font-medium text-red-800">
          {draft.message}
        </div>
      )}
      <input type="hidden" name="formToken" value={draft?.values.formToken || formToken} />
      <div>
        <label htmlFor="ho-ten" className="font-semibold">
          Họ và tên <span aria-hidden="true" className="text-red-700">*</span>
        </label>
        <input id="ho-ten" name="fullName" autoComplete="name" required maxLength={QUESTION_LIMITS.fullName} defaultValue={value('fullName')} aria-describedby={described('fullName')} aria-invalid={invalid('fullName')} className={input} />
        <FieldMessage name="fullName" draft={draft} />
      </div>
      <fieldset>
        <legend className="font-semibold">
          Thông tin liên hệ <span className="font-normal text-neutral-700">(thư điện tử hoặc số điện thoại, ít nhất một; không bao giờ được công bố)</span>
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
        <label htmlFor="linh-vuc" className="font-semibold">
          Lĩnh vực <span aria-hidden="true" className="text-red-700">*</span>
        </label>
        <select id="linh-vuc" name="field" required defaultValue={value('field')} aria-describedby={described('field')} aria-invalid={invalid('field')} className={input}>
          <option value="">Chọn lĩnh vực</option>
          {QUESTION_FIELDS.map((field) => (
            <option key={field} value={field}>
              {field}
            </option>
          ))}
        </select>
        <FieldMessage name="field" draft={draft} />
      </div>
      <div>
        <label htmlFor="tieu-de" className="font-semibold">
          Tiêu đề câu hỏi <span aria-hidden="true" className="text-red-700">*</span>
        </label>
        <input id="tieu-de" name="title" required maxLength={QUESTION_LIMITS.title} defaultValue={value('title')} aria-describedby={described('title')} aria-invalid={invalid('title')} className={input} />
        <FieldMessage name="title" draft={draft} />
      </div>
      <div>
        <label htmlFor="cau-hoi-noi-dung" className="font-semibold">
          Nội dung câu hỏi <span aria-hidden="true" className="text-red-700">*</span>
        </label>
        <textarea id="cau-hoi-noi-dung" name="content" rows={8} required maxLength={QUESTION_LIMITS.content} defaultValue={value('content')} aria-describedby={described('content', 'cau-hoi-noi-dung-goi-y')} aria-invalid={invalid('content')} className={input} />
        <p id="cau-hoi-noi-dung-goi-y" className="mt-1 text-sm text-neutral-700">
          Từ 20 đến 5.000 ký tự. Không ghi số căn cước hay thông tin cá nhân khác vào nội dung.
        </p>
        <FieldMessage name="content" draft={draft} />
      </div>
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor="trang-web">Trang web (để trống)</label>
        <input id="trang-web" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <div>
        <div className="flex items-start gap-3">
          <input id="dong-y" name="consent" type="checkbox" value="dong-y" required defaultChecked={value('consent') === 'dong-y'} aria-describedby={described('consent')} aria-invalid={invalid('consent')} className="mt-1 h-5 w-5 shrink-0" />
          <label htmlFor="dong-y" className="text-[15px]">
            {QUESTION_CONSENT.text}
          </label>
        </div>
        <FieldMessage name="consent" draft={draft} />
      </div>
      <button type="submit" className="inline-flex min-h-11 items-center rounded bg-brand-700 px-6 py-2.5 font-semibold text-white hover:bg-brand-800">
        Gửi câu hỏi
      </button>
    </form>
  );
}
