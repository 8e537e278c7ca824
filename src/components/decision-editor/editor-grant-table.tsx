import { decisionStepAction } from '@/app/quan-tri/decision-actions';
import { ActionForm, Field, SelectField } from '@/components/admin/action-form';
import { PUBLISH_LEVEL_LABELS } from '@/lib/awards/editor-decisions';
import { RECIPIENT_LABELS } from '@/lib/consultations/award-rules';
import type { ReactNode } from 'react';

type Grant = {
  id: number;
  position: number;
  displayName: string;
  recipientKind: keyof typeof RECIPIENT_LABELS;
  jobTitle: string;
  unit: string;
  awardClass: string | null;
  posthumous: boolean;
  publishLevel: keyof typeof PUBLISH_LEVEL_LABELS;
  awardType: { name: string };
  commune: { name: string } | null;
};

/** The decision's list as the newsroom sees it (hidden lines included), with a correction form per line once published. */
export function EditorGrantTable({ grants, total, correctable, hidden }: { grants: Grant[]; total: number; correctable: boolean; hidden: ReactNode }) {
  return (
    <>
      <table className="mt-3 w-full border-collapse text-sm" data-grants="">
        <caption className="sr-only">Danh sách kèm theo quyết định</caption>
        <thead>
          <tr className="border-b-2 border-neutral-400 text-left">
            <th scope="col" className="px-2 py-1">TT</th>
            <th scope="col" className="px-2 py-1">Tên</th>
            <th scope="col" className="px-2 py-1">Chức vụ, đơn vị</th>
            <th scope="col" className="px-2 py-1">Xã, phường</th>
            <th scope="col" className="px-2 py-1">Hình thức</th>
            <th scope="col" className="px-2 py-1">Công bố</th>
          </tr>
        </thead>
        <tbody>
          {grants.map((grant) => (
            <tr key={grant.id} className="border-b border-neutral-200 align-top">
              <td className="px-2 py-1">{grant.position}</td>
              <th scope="row" className="px-2 py-1 text-left font-medium">
                {grant.displayName}
                <span className="block font-normal text-neutral-600">
                  {RECIPIENT_LABELS[grant.recipientKind]}
                  {grant.posthumous ? ', truy tặng' : ''}
                </span>
                {correctable && (
                  <details className="font-normal">
                    <summary className="cursor-pointer text-brand-700 underline">Đính chính dòng này…</summary>
                    <ActionForm action={decisionStepAction} submit="Lưu đính chính" className="mt-1 grid gap-2" label={`Đính chính ${grant.displayName}`}>
                      {hidden}
                      <input type="hidden" name="step" value="correctGrant" />
                      <input type="hidden" name="grantId" value={grant.id} />
                      <Field name="displayName" label="Họ và tên / Tên tập thể" defaultValue={grant.displayName} required />
                      <Field name="jobTitle" label="Chức vụ" defaultValue={grant.jobTitle} />
                      <Field name="unit" label="Đơn vị" defaultValue={grant.unit} />
                      <SelectField name="publishLevel" label="Mức công bố" options={PUBLISH_LEVEL_LABELS} defaultValue={grant.publishLevel} />
                      <Field name="note" label="Nội dung đính chính (công bố)" required hint="Ví dụ: Sửa tên dòng 12 theo Quyết định đính chính số 30/QĐ-UBND." />
                    </ActionForm>
                  </details>
                )}
              </th>
              <td className="px-2 py-1">{[grant.jobTitle, grant.unit].filter(Boolean).join(', ')}</td>
              <td className="px-2 py-1">{grant.commune?.name ?? ''}</td>
              <td className="px-2 py-1">
                {grant.awardType.name}
                {grant.awardClass ? ` hạng ${grant.awardClass}` : ''}
              </td>
              <td className="px-2 py-1">{PUBLISH_LEVEL_LABELS[grant.publishLevel]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {total === 0 && <p className="mt-2 text-neutral-700">Chưa có danh sách.</p>}
      {total > grants.length && (
        <p className="mt-2 text-sm text-neutral-700">
          Hiện {grants.length.toLocaleString('vi-VN')} dòng đầu trong {total.toLocaleString('vi-VN')} dòng.
        </p>
      )}
    </>
  );
}
