'use client';

import { Field, SelectField } from '@/components/admin/action-form';

export type DecisionDefaults = { number: string; issuedOn: string; issuer: string; signerName: string; signerTitle: string; summary: string; achievementYear: number | string; level: string };

const LEVELS = { PROVINCIAL: 'Cấp tỉnh', STATE: 'Nhà nước', GRASSROOTS: 'Cơ sở' };

/** The decision's own fields, inside an ActionForm (which shows each field's error). */
export function DecisionFields({ defaults }: { defaults: DecisionDefaults }) {
  return (
    <>
      <Field name="number" label="Số ký hiệu" defaultValue={defaults.number} required hint="Như in trên quyết định, ví dụ 163/QĐ-UBND." />
      <Field name="issuedOn" label="Ngày ký" defaultValue={defaults.issuedOn} required hint="Ngày/tháng/năm, ví dụ 02/03/2026." />
      <Field name="issuer" label="Cơ quan ban hành" defaultValue={defaults.issuer} required />
      <SelectField name="level" label="Cấp khen thưởng" options={LEVELS} defaultValue={defaults.level} />
      <Field name="signerTitle" label="Chức vụ người ký" defaultValue={defaults.signerTitle} hint="Ví dụ: KT. Chủ tịch, Phó Chủ tịch" />
      <Field name="signerName" label="Người ký" defaultValue={defaults.signerName} />
      <Field name="achievementYear" label="Năm thành tích" type="number" defaultValue={defaults.achievementYear} required />
      <div className="md:col-span-2">
        <Field name="summary" label="Trích yếu" defaultValue={defaults.summary} rows={3} required />
      </div>
    </>
  );
}
