'use client';

import { Field, SelectField } from '@/components/admin/action-form';
import { SCOPE_LABELS, TYPE_LABELS } from '@/lib/documents/document-labels';

export type DocumentDefaults = {
  number: string;
  type: string;
  issuer: string;
  signerName: string;
  signerTitle: string;
  issuedOn: string;
  effectiveFrom: string;
  effectiveTo: string;
  summary: string;
  field: string;
  scope: string;
  externalUrl: string;
};

/** A document's own fields, inside an ActionForm (which shows each field's error). */
export function DocumentFields({ defaults }: { defaults: DocumentDefaults }) {
  return (
    <>
      <SelectField name="type" label="Loại văn bản" options={TYPE_LABELS} defaultValue={defaults.type} />
      <Field name="number" label="Số ký hiệu" defaultValue={defaults.number} required hint="Như in trên văn bản, ví dụ 98/2023/NĐ-CP hoặc 163/QĐ-UBND." />
      <Field name="issuer" label="Cơ quan ban hành" defaultValue={defaults.issuer} required />
      <SelectField name="scope" label="Phạm vi" options={SCOPE_LABELS} defaultValue={defaults.scope} />
      <Field name="signerTitle" label="Chức vụ người ký" defaultValue={defaults.signerTitle} hint="Ví dụ: KT. Chủ tịch, Phó Chủ tịch" />
      <Field name="signerName" label="Người ký" defaultValue={defaults.signerName} />
      <Field name="issuedOn" label="Ngày ban hành" defaultValue={defaults.issuedOn} required hint="Ngày/tháng/năm, ví dụ 26/12/2023." />
      <Field name="effectiveFrom" label="Ngày có hiệu lực" defaultValue={defaults.effectiveFrom} required hint="Không trước ngày ban hành." />
      <Field name="effectiveTo" label="Ngày hết hiệu lực (nếu văn bản tự quy định)" defaultValue={defaults.effectiveTo} hint="Để trống nếu không có. Văn bản bị thay thế sẽ tự hết hiệu lực khi thêm quan hệ “Thay thế” ở văn bản mới." />
      <Field name="field" label="Lĩnh vực" defaultValue={defaults.field} />
      <div className="md:col-span-2">
        <Field name="summary" label="Trích yếu" defaultValue={defaults.summary} rows={3} required />
      </div>
      <div className="md:col-span-2">
        <Field name="externalUrl" label="Địa chỉ văn bản gốc (vbpl.vn, Công báo)" type="url" defaultValue={defaults.externalUrl} hint="Không bắt buộc. Bắt đầu bằng https://" />
      </div>
    </>
  );
}
