import type { FormState } from '@/lib/editor/form-state';
import { DateTimeField } from './date-time-field';
import { FieldError } from './field-error';
import { border, input } from './field-style';
import { TagInput } from './tag-input';

type Props = {
  form: FormState;
  errors: Record<string, string[]>;
  readOnly: boolean;
  sections: { id: number; name: string }[];
  tagSuggestions: string[];
  canCreateTags: boolean;
  set: <K extends keyof FormState>(key: K, value: FormState[K]) => void;
};

/** The article form's side column: section, tags, publication time, source, byline. */
export function ArticleSideFields({ form, errors, readOnly, sections, tagSuggestions, canCreateTags, set }: Props) {
  return (
    <>
      <div>
        <label htmlFor="chuyen-muc" className="font-medium">
          Chuyên mục <span className="text-red-700">*</span>
        </label>
        <select id="chuyen-muc" value={form.sectionId || ''} disabled={readOnly} aria-invalid={errors.sectionId ? true : undefined} onChange={(event) => set('sectionId', Number(event.target.value))} className={`${input} ${border(errors.sectionId)} bg-white`}>
          <option value="">— Chọn chuyên mục —</option>
          {sections.map((section) => (
            <option key={section.id} value={section.id}>
              {section.name}
            </option>
          ))}
        </select>
        <FieldError id="chuyen-muc-loi" messages={errors.sectionId} />
      </div>
      <TagInput value={form.tags} suggestions={tagSuggestions} canCreate={canCreateTags} error={errors.tags} onChange={(tags) => set('tags', tags)} />
      <DateTimeField id="thoi-diem" label="Thời điểm đăng (giờ Việt Nam)" value={form.publishedAt} readOnly={readOnly} errors={errors.publishedAt} onChange={(value) => set('publishedAt', value)} />
      <div>
        <label htmlFor="nguon-tin" className="font-medium">
          Nguồn tin (đầu sapo)
        </label>
        <input id="nguon-tin" value={form.source} readOnly={readOnly} placeholder="Để trống: tên cổng thông tin" onChange={(event) => set('source', event.target.value)} className={`${input} ${border(errors.source)}`} />
        <FieldError id="nguon-tin-loi" messages={errors.source} />
      </div>
      <div>
        <label htmlFor="tac-gia" className="font-medium">
          Tác giả (cuối bài)
        </label>
        <input id="tac-gia" value={form.byline} readOnly={readOnly} onChange={(event) => set('byline', event.target.value)} className={`${input} ${border(errors.byline)}`} />
        <FieldError id="tac-gia-loi" messages={errors.byline} />
      </div>
    </>
  );
}
