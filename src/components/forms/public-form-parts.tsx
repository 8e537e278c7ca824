import type { FormDraftData } from '@/lib/consultations/form-drafts';

// Parts the citizens' forms share (a comment on a consultation, a question): a field's
// error from a sealed draft, the "email or phone" contact fields, the honeypot, the consent.

export const publicInput = 'mt-1 block w-full rounded border border-neutral-400 px-3 py-2.5 text-base aria-[invalid=true]:border-red-700';

export type DraftHelpers = { value: (name: string) => string; invalid: (name: string) => true | undefined; described: (name: string, extra?: string) => string };

export function draftHelpers(draft: FormDraftData | null): DraftHelpers {
  return {
    value: (name) => draft?.values[name] ?? '',
    invalid: (name) => (draft?.errors[name]?.length ? true : undefined),
    described: (name, extra) => [extra, `loi-${name}`].filter(Boolean).join(' '),
  };
}

export function FieldMessage({ name, draft }: { name: string; draft: FormDraftData | null }) {
  const messages = draft?.errors[name];
  return (
    <p id={`loi-${name}`} data-error-for={name} hidden={!messages?.length} className="mt-1 text-sm font-medium text-red-700">
      {messages?.join(' ')}
    </p>
  );
}

/** Email or phone, at least one. */
export function ContactFields({ draft, note }: { draft: FormDraftData | null; note: string }) {
  const { value, invalid, described } = draftHelpers(draft);
  return (
    <fieldset>
      <legend className="font-semibold">
        Thông tin liên hệ <span className="font-normal text-neutral-700">({note})</span>
      </legend>
      <div className="mt-2 grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="thu-dien-tu">Thư điện tử</label>
          <input id="thu-dien-tu" name="email" type="email" autoComplete="email" inputMode="email" defaultValue={value('email')} aria-describedby={described('email')} aria-invalid={invalid('email')} className={publicInput} />
          <FieldMessage name="email" draft={draft} />
        </div>
        <div>
          <label htmlFor="dien-thoai">Số điện thoại</label>
          <input id="dien-thoai" name="phone" type="tel" autoComplete="tel" inputMode="tel" defaultValue={value('phone')} aria-describedby={described('phone')} aria-invalid={invalid('phone')} className={publicInput} />
          <FieldMessage name="phone" draft={draft} />
        </div>
      </div>
    </fieldset>
  );
}

/** A field people never see: whoever fills it is a machine. */
export function Honeypot() {
  return (
    <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
      <label htmlFor="trang-web">Trang web (để trống)</label>
      <input id="trang-web" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}

/** The consent, in the words of its current version. */
export function ConsentBox({ draft, text }: { draft: FormDraftData | null; text: string }) {
  const { value, invalid, described } = draftHelpers(draft);
  return (
    <div>
      <div className="flex items-start gap-3">
        <input id="dong-y" name="consent" type="checkbox" value="dong-y" required defaultChecked={value('consent') === 'dong-y'} aria-describedby={described('consent')} aria-invalid={invalid('consent')} className="mt-1 h-5 w-5 shrink-0" />
        <label htmlFor="dong-y" className="text-[15px]">
          {text}
        </label>
      </div>
      <FieldMessage name="consent" draft={draft} />
    </div>
  );
}
