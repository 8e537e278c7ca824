import { ConsentBox, ContactFields, draftHelpers, FieldMessage, Honeypot, publicInput as input } from '@/components/forms/public-form-parts';
import type { FormDraftData } from '@/lib/consultations/form-drafts';
import { QUESTION_CONSENT, QUESTION_FIELDS, QUESTION_LIMITS } from '@/lib/questions/question-input';

/** The question form: a plain HTML form; a refused one comes back filled in, with each field's error. */
export function QuestionForm({ formToken, draft }: { formToken: string; draft: FormDraftData | null }) {
  const { value, invalid, described } = draftHelpers(draft);
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
      <ContactFields draft={draft} note="thư điện tử hoặc số điện thoại, ít nhất một; không bao giờ được công bố" />
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
      <Honeypot />
      <ConsentBox draft={draft} text={QUESTION_CONSENT.text} />
      <button type="submit" className="inline-flex min-h-11 items-center rounded bg-brand-700 px-6 py-2.5 font-semibold text-white hover:bg-brand-800">
        Gửi câu hỏi
      </button>
    </form>
  );
}
