import { attachFormFileAction, publishLibraryAction, saveFormAction, saveProcedureAction } from '@/app/quan-tri/library-actions';
import { ActionForm, CheckboxField, Field, SelectField } from '@/components/admin/action-form';
import { FileAttach } from '@/components/admin/file-attach';
import { can } from '@/lib/auth/permissions';
import { requireActor } from '@/lib/auth/session';
import { attachmentUrl } from '@/lib/content/attachment-files';
import { db } from '@/lib/db';
import { PROCEDURE_LEVEL_LABELS, documentTitle } from '@/lib/documents/document-labels';

export const metadata = { title: 'Biểu mẫu, thủ tục' };

type FormRow = { id?: number; code: string; title: string; sourceDocumentId: number | null; position: number };
type ProcedureRow = { id?: number; name: string; nationalCode: string; url: string; level: string; internal: boolean; agency: string; resultType: string; timeLimitText: string; position: number };

function FormFieldsBlock({ row, sources }: { row: FormRow; sources: Record<string, string> }) {
  return (
    <>
      {row.id && <input type="hidden" name="id" value={row.id} />}
      <Field name="code" label="Ký hiệu mẫu" defaultValue={row.code} required hint="Ví dụ: Mẫu số 01" />
      <Field name="position" label="Thứ tự" type="number" defaultValue={row.position} />
      <div className="md:col-span-2">
        <Field name="title" label="Tên biểu mẫu" defaultValue={row.title} required />
      </div>
      <div className="md:col-span-2">
        <SelectField name="sourceDocumentId" label="Văn bản ban hành" options={sources} defaultValue={row.sourceDocumentId ? String(row.sourceDocumentId) : ''} />
      </div>
    </>
  );
}

function ProcedureFieldsBlock({ row }: { row: ProcedureRow }) {
  return (
    <>
      {row.id && <input type="hidden" name="id" value={row.id} />}
      <div className="md:col-span-2">
        <Field name="name" label="Tên thủ tục" defaultValue={row.name} required />
      </div>
      <Field name="nationalCode" label="Mã thủ tục (Cổng Dịch vụ công quốc gia)" defaultValue={row.nationalCode} required hint="Ví dụ: 1.000775" />
      <SelectField name="level" label="Cấp thực hiện" options={PROCEDURE_LEVEL_LABELS} defaultValue={row.level} />
      <div className="md:col-span-2">
        <Field name="url" label="Địa chỉ trang thủ tục trên Cổng Dịch vụ công quốc gia" type="url" defaultValue={row.url} hint="Bắt buộc để đưa lên cổng. Ví dụ: https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.000775" />
      </div>
      <Field name="agency" label="Cơ quan thực hiện" defaultValue={row.agency} />
      <Field name="timeLimitText" label="Thời hạn giải quyết" defaultValue={row.timeLimitText} hint="Ví dụ: 20 ngày làm việc" />
      <Field name="resultType" label="Kết quả thực hiện" defaultValue={row.resultType} hint="Ví dụ: Quyết định khen thưởng" />
      <Field name="position" label="Thứ tự" type="number" defaultValue={row.position} />
      <CheckboxField name="internal" label="Thủ tục nội bộ giữa các cơ quan" defaultChecked={row.internal} />
    </>
  );
}

function PublishToggle({ kind, id, published, label }: { kind: 'form' | 'procedure'; id: number; published: boolean; label: string }) {
  return (
    <ActionForm action={publishLibraryAction} submit={published ? 'Gỡ khỏi cổng' : 'Đưa lên cổng'} danger={published} className="flex flex-wrap items-center gap-2" label={`${published ? 'Gỡ' : 'Đưa lên cổng'}: ${label}`}>
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="published" value={String(!published)} />
    </ActionForm>
  );
}

export default async function LibraryPage() {
  const actor = await requireActor('/quan-tri/bieu-mau-thu-tuc', 'library.edit');
  const publisher = can(actor, 'library.publish');
  const [forms, procedures, documents] = await Promise.all([
    db.documentForm.findMany({ orderBy: [{ position: 'asc' }, { id: 'asc' }], include: { attachments: { orderBy: { position: 'asc' }, select: { id: true, title: true, originalName: true } } } }),
    db.procedureLink.findMany({ orderBy: [{ internal: 'asc' }, { position: 'asc' }, { id: 'asc' }] }),
    db.legalDocument.findMany({ where: { status: 'PUBLISHED' }, orderBy: [{ issuedOn: 'desc' }], select: { id: true, number: true, type: true } }),
  ]);
  const sources = { '': '— Không chọn —', ...Object.fromEntries(documents.map((d) => [String(d.id), documentTitle(d)])) };
  return (
    <>
      <h1 className="text-2xl font-bold">Biểu mẫu, thủ tục hành chính</h1>
      <p className="mt-1 text-sm text-neutral-700">Biên tập viên nhập; Ban biên tập đưa lên cổng. Biểu mẫu cần có tệp; thủ tục cần địa chỉ trang trên Cổng Dịch vụ công quốc gia.</p>

      <section aria-labelledby="bieu-mau" className="mt-6">
        <h2 id="bieu-mau" className="text-xl font-bold">
          Biểu mẫu ({forms.length})
        </h2>
        <ul className="mt-2 divide-y divide-neutral-200">
          {forms.map((form) => (
            <li key={form.id} className="py-3">
              <p className="font-semibold">
                {form.code}: {form.title} <span className="text-sm font-normal text-neutral-700">({form.published ? 'đang trên cổng' : 'chưa đưa lên cổng'})</span>
              </p>
              <ul className="list-disc pl-6 text-sm">
                {form.attachments.map((file) => (
                  <li key={file.id}>
                    <a href={attachmentUrl({ id: file.id, fileName: file.originalName })} className="text-brand-700 underline">
                      {file.title}
                    </a>
                  </li>
                ))}
              </ul>
              <details className="mt-2 rounded border border-neutral-300 p-3">
                <summary className="cursor-pointer text-sm font-semibold text-brand-700">Sửa, gắn tệp…</summary>
                <ActionForm action={saveFormAction} submit="Lưu biểu mẫu" className="mt-2 grid gap-3 md:grid-cols-2" label={`Sửa ${form.code}`}>
                  <FormFieldsBlock row={form} sources={sources} />
                </ActionForm>
                <FileAttach label="Tải lên tệp biểu mẫu (DOCX, PDF)" attach={attachFormFileAction.bind(null, form.id)} />
              </details>
              {publisher && (
                <div className="mt-2">
                  <PublishToggle kind="form" id={form.id} published={form.published} label={form.code} />
                </div>
              )}
            </li>
          ))}
        </ul>
        <details className="mt-3 rounded border border-neutral-300 p-4">
          <summary className="cursor-pointer font-semibold text-brand-700">Thêm biểu mẫu…</summary>
          <ActionForm action={saveFormAction} submit="Thêm biểu mẫu" className="mt-3 grid gap-3 md:grid-cols-2" label="Thêm biểu mẫu">
            <FormFieldsBlock row={{ code: '', title: '', sourceDocumentId: null, position: forms.length + 1 }} sources={sources} />
          </ActionForm>
        </details>
      </section>

      <section aria-labelledby="thu-tuc" className="mt-8">
        <h2 id="thu-tuc" className="text-xl font-bold">
          Thủ tục hành chính ({procedures.length})
        </h2>
        <ul className="mt-2 divide-y divide-neutral-200">
          {procedures.map((row) => (
            <li key={row.id} className="py-3">
              <p className="font-semibold">
                {row.nationalCode}: {row.name} <span className="text-sm font-normal text-neutral-700">({row.published ? 'đang trên cổng' : row.url ? 'chưa đưa lên cổng' : 'chưa có địa chỉ trên Cổng Dịch vụ công'})</span>
              </p>
              <details className="mt-2 rounded border border-neutral-300 p-3">
                <summary className="cursor-pointer text-sm font-semibold text-brand-700">Sửa…</summary>
                <ActionForm action={saveProcedureAction} submit="Lưu thủ tục" className="mt-2 grid gap-3 md:grid-cols-2" label={`Sửa ${row.nationalCode}`}>
                  <ProcedureFieldsBlock row={row} />
                </ActionForm>
              </details>
              {publisher && (
                <div className="mt-2">
                  <PublishToggle kind="procedure" id={row.id} published={row.published} label={row.nationalCode} />
                </div>
              )}
            </li>
          ))}
        </ul>
        <details className="mt-3 rounded border border-neutral-300 p-4">
          <summary className="cursor-pointer font-semibold text-brand-700">Thêm thủ tục…</summary>
          <ActionForm action={saveProcedureAction} submit="Thêm thủ tục" className="mt-3 grid gap-3 md:grid-cols-2" label="Thêm thủ tục">
            <ProcedureFieldsBlock row={{ name: '', nationalCode: '', url: '', level: 'PROVINCIAL', internal: false, agency: '', resultType: '', timeLimitText: '', position: procedures.length + 1 }} />
          </ActionForm>
        </details>
      </section>
    </>
  );
}
