'use client';

import { useState } from 'react';
import { AutoGrowTextarea } from '@/components/ui/auto-grow-textarea';
import type { FormState } from '@/lib/editor/form-state';
import { printedSapo, splitSapoSource } from '@/lib/text/prefixes';
import { slugify } from '@/lib/text/slug';
import { FieldError } from './field-error';
import { border, input } from './field-style';

type Props = {
  form: FormState;
  errors: Record<string, string[]>;
  readOnly: boolean;
  siteName: string;
  change: (update: (current: FormState) => FormState) => void;
};

/** Title, address and sapo: the top of the article form. */
export function ArticleMainFields({ form, errors, readOnly, siteName, change }: Props) {
  const [moved, setMoved] = useState<string | null>(null);
  /** A source typed or pasted in front of the sapo goes to the source field, once. */
  const settleSapo = (sapo: string) => {
    const split = splitSapoSource(sapo, form.source, siteName);
    if (split.sapo === form.sapo && split.source === form.source) return;
    if (split.source !== form.source) setMoved(split.source);
    change((current) => ({ ...current, ...split }));
  };
  const printed = printedSapo(form.sapo || '…', form.source, siteName);

  return (
    <>
      <div>
        <label htmlFor="tieu-de" className="font-medium">
          Tiêu đề <span className="text-red-700">*</span>
        </label>
        <AutoGrowTextarea
          id="tieu-de"
          rows={1}
          value={form.title}
          readOnly={readOnly}
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={errors.title ? 'tieu-de-loi' : undefined}
          onChange={(event) => {
            const title = event.target.value.replace(/\n/g, ' ');
            change((current) => ({ ...current, title, slug: current.slugEdited ? current.slug : slugify(title) }));
          }}
          className={`${input} ${border(errors.title)} text-xl font-bold`}
        />
        <FieldError id="tieu-de-loi" messages={errors.title} />
      </div>
      <div>
        <label htmlFor="duong-dan" className="font-medium">
          Đường dẫn
        </label>
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm text-neutral-600">/bai-viet/</span>
          <input
            id="duong-dan"
            value={form.slug}
            readOnly={readOnly}
            aria-invalid={errors.slug ? true : undefined}
            aria-describedby="duong-dan-goi-y"
            onChange={(event) => change((current) => ({ ...current, slug: event.target.value, slugEdited: true }))}
            className={`${input} ${border(errors.slug)} min-w-0 flex-1 font-mono text-sm`}
          />
          {!readOnly && (
            <button type="button" onClick={() => change((current) => ({ ...current, slug: slugify(current.title), slugEdited: false }))} className="rounded border border-neutral-400 px-3 py-2 text-sm">
              Tạo lại từ tiêu đề
            </button>
          )}
        </div>
        <p id="duong-dan-goi-y" className="mt-1 text-sm text-neutral-600">
          Chữ thường không dấu và dấu gạch ngang. Đổi đường dẫn của bài đã đăng thì địa chỉ cũ vẫn tự chuyển về địa chỉ mới.
        </p>
        <FieldError id="duong-dan-loi" messages={errors.slug} />
      </div>
      <div>
        <label htmlFor="sapo" className="font-medium">
          Sapo (đoạn mở đầu, in đậm)
        </label>
        <AutoGrowTextarea
          id="sapo"
          rows={2}
          value={form.sapo}
          readOnly={readOnly}
          aria-invalid={errors.sapo ? true : undefined}
          aria-describedby={errors.sapo ? 'sapo-in sapo-loi' : 'sapo-in'}
          onChange={(event) => change((current) => ({ ...current, sapo: event.target.value }))}
          onPaste={(event) => {
            const pasted = event.clipboardData.getData('text/plain');
            const target = event.currentTarget;
            if (!pasted || target.selectionStart !== 0) return;
            event.preventDefault();
            settleSapo(pasted + target.value.slice(target.selectionEnd));
          }}
          onBlur={() => settleSapo(form.sapo)}
          className={`${input} ${border(errors.sapo)} font-bold`}
        />
        <p id="sapo-in" className="mt-1 text-sm text-neutral-700">
          In trên trang: <b>{printed.length > 160 ? `${printed.slice(0, 160)}…` : printed}</b>
        </p>
        {moved && (
          <p role="status" className="mt-1 text-sm text-green-900">
            Đã chuyển “{moved}” sang ô Nguồn tin, để không in hai lần.
          </p>
        )}
        <FieldError id="sapo-loi" messages={errors.sapo} />
      </div>
    </>
  );
}
