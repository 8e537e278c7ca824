import Link from 'next/link';
import { notFound } from 'next/navigation';
import { attachDocumentFileAction, documentStepAction, relationAction, saveDocumentAction } from '@/app/quan-tri/document-actions';
import { ActionForm, CheckboxField, Field, SelectField } from '@/components/admin/action-form';
import { RevisionHistory } from '@/components/admin/revision-history';
import { SignedFiles } from '@/components/admin/signed-files';
import { DocumentFields, type DocumentDefaults } from '@/components/document-editor/document-fields';
import { requireActor } from '@/lib/auth/session';
import { RECORD_STATUS_LABELS, RELATION_LABELS, documentTitle } from '@/lib/documents/document-labels';
import { DOCUMENT_REVISION_LABELS, getDocumentForEditor } from '@/lib/documents/editor-documents';
import { editorContext } from '@/lib/editor/run-action';
import { formatVietnamDate } from '@/lib/text/dates';
import { orNotFound } from '@/lib/editor/or-not-found';

type Props = { params: Promise<{ id: string }> };

export const metadata = { title: 'Văn bản' };

const RELATION_OPTIONS = Object.fromEntries(Object.entries(RELATION_LABELS).map(([kind, label]) => [kind, label.outgoing]));

export default async function DocumentEditorPage({ params }: Props) {
  const { id: raw } = await params;
  await requireActor(`/quan-tri/van-ban/${raw}`, 'document.read');
  if (!/^\d{1,9}$/.test(raw)) notFound();
  const { row, allowed, targets } = await orNotFound(getDocumentForEditor(await editorContext(), Number(raw)));
  const hidden = (
    <>
      <input type="hidden" name="id" value={row.id} />
      <input type="hidden" name="version" value={row.version} />
    </>
  );
  const day = (date: Date | null) => (date ? formatVietnamDate(date) : '');
  const defaults: DocumentDefaults = {
    number: row.number,
    type: row.type,
    issuer: row.issuer,
    signerName: row.signerName,
    signerTitle: row.signerTitle,
    issuedOn: day(row.issuedOn),
    effectiveFrom: day(row.effectiveFrom),
    effectiveTo: day(row.effectiveTo),
    summary: row.summary,
    field: row.field,
    scope: row.scope,
    externalUrl: row.externalUrl,
  };
  const published = row.status === 'PUBLISHED';
  const editable = allowed['document.edit'] || allowed['document.correct'];
  return (
    <>
      <p className="text-sm">
        <Link href="/quan-tri/van-ban" className="text-brand-700 underline">
          ‹ Các văn bản
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{documentTitle(row)}</h1>
      <p className="mt-1 text-sm text-neutral-700">
        <span data-status="">{RECORD_STATUS_LABELS[row.status]}</span> · phiên bản {row.version} · người nhập {row.createdBy?.name ?? '—'}
        {published && (
          <>
            {' · '}
            <a href={`/van-ban/${row.slug}`} className="text-brand-700 underline">
              Xem trên cổng
            </a>
          </>
        )}
      </p>
      {row.status === 'RETURNED' && row.returnComment && <p className="mt-3 rounded border border-amber-400 bg-amber-50 p-3 text-sm">Bị trả lại: {row.returnComment}</p>}

      <section aria-labelledby="thong-tin" className="mt-6">
        <h2 id="thong-tin" className="text-xl font-bold">
          Thông tin văn bản
        </h2>
        {editable ? (
          <ActionForm action={saveDocumentAction} submit={published ? 'Lưu sửa đổi' : 'Lưu'} className="mt-3 grid gap-4 md:grid-cols-2" label="Thông tin văn bản">
            {hidden}
            <DocumentFields defaults={defaults} />
            {published && (
              <div className="md:col-span-2">
                <Field name="note" label="Nội dung sửa (ghi vào lịch sử văn bản)" required />
              </div>
            )}
          </ActionForm>
        ) : (
          <p className="mt-2 text-[15px]">{row.summary}</p>
        )}
      </section>

      <SignedFiles
        title="Tệp văn bản"
        files={row.attachments}
        empty="Chưa tải lên tệp văn bản."
        uploadLabel="Tải lên tệp văn bản (PDF, DOCX)"
        attach={editable ? attachDocumentFileAction.bind(null, row.id, row.version) : null}
      />

      <section aria-labelledby="quan-he" className="mt-8">
        <h2 id="quan-he" className="text-xl font-bold">
          Văn bản liên quan
        </h2>
        <p className="mt-1 text-sm text-neutral-700">Thêm quan hệ ở văn bản mới: văn bản bị thay thế, bãi bỏ toàn bộ sẽ tự hết hiệu lực từ ngày văn bản mới có hiệu lực; bị sửa đổi hoặc thay thế một phần thì hết hiệu lực một phần.</p>
        {row.relations.length + row.relatedBy.length === 0 && <p className="mt-2 text-sm">Chưa có quan hệ nào.</p>}
        <ul className="mt-2 divide-y divide-neutral-200 text-sm">
          {row.relations.map((relation) => (
            <li key={relation.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                <span className="font-semibold">{RELATION_LABELS[relation.kind].outgoing}</span>
                {relation.partial ? ' (một phần)' : ''}: {documentTitle(relation.to)}
                {relation.note ? ` (${relation.note})` : ''}
              </span>
              {editable && (
                <ActionForm action={relationAction} submit="Bỏ" danger className="flex items-center gap-2" label={`Bỏ quan hệ với ${relation.to.number}`}>
                  {hidden}
                  <input type="hidden" name="step" value="remove" />
                  <input type="hidden" name="relationId" value={relation.id} />
                </ActionForm>
              )}
            </li>
          ))}
          {row.relatedBy.map((relation) => (
            <li key={`in-${relation.id}`} className="py-2">
              <span className="font-semibold">{RELATION_LABELS[relation.kind].incoming}</span>
              {relation.partial ? ' (một phần)' : ''}:{' '}
              <Link href={`/quan-tri/van-ban/${relation.from.id}`} className="text-brand-700 underline">
                {documentTitle(relation.from)}
              </Link>{' '}
              ({RECORD_STATUS_LABELS[relation.from.status].toLowerCase()})
            </li>
          ))}
        </ul>
        {editable && targets.length > 0 && (
          <div className="mt-3 rounded border border-neutral-300 p-4">
            <h3 className="font-semibold">Thêm quan hệ với văn bản khác</h3>
            <ActionForm action={relationAction} submit="Thêm quan hệ" className="mt-3 grid gap-4 md:grid-cols-2" label="Thêm quan hệ">
              {hidden}
              <input type="hidden" name="step" value="add" />
              <SelectField name="kind" label="Văn bản này" options={RELATION_OPTIONS} defaultValue="REPLACES" />
              <SelectField name="toId" label="Văn bản" options={Object.fromEntries(targets.map((target) => [String(target.id), `${documentTitle(target)}: ${target.summary.slice(0, 80)}`]))} />
              <CheckboxField name="partial" label="Chỉ một phần (một số điều, khoản)" />
              <Field name="note" label="Điều, khoản liên quan (không bắt buộc)" hint="Ví dụ: Điều 5 và Điều 7" />
            </ActionForm>
          </div>
        )}
      </section>

      <section aria-labelledby="quy-trinh" className="mt-8 grid gap-4 lg:grid-cols-2">
        <h2 id="quy-trinh" className="text-xl font-bold lg:col-span-2">
          Duyệt và công bố
        </h2>
        {!['document.submit', 'document.publish', 'document.return', 'document.withdraw'].some((action) => allowed[action as 'document.submit']) && row.status !== 'SUBMITTED' && (
          <p className="text-sm lg:col-span-2">{published ? 'Văn bản đang trên cổng. Ban biên tập có thể sửa thông tin, quan hệ hoặc gỡ văn bản.' : 'Không có thao tác nào bạn được làm ở trạng thái này.'}</p>
        )}
        {allowed['document.submit'] && (
          <ActionForm action={documentStepAction} submit="Gửi duyệt" className="grid gap-2 rounded border border-neutral-300 p-4" label="Gửi duyệt">
            {hidden}
            <input type="hidden" name="step" value="submit" />
            <p className="text-sm">Gửi văn bản cho người duyệt. Người duyệt phải là người khác người nhập.</p>
          </ActionForm>
        )}
        {allowed['document.publish'] && (
          <ActionForm action={documentStepAction} submit="Duyệt và công bố" className="grid gap-2 rounded border border-green-700 p-4" label="Duyệt và công bố">
            {hidden}
            <input type="hidden" name="step" value="publish" />
            <p className="text-sm">Văn bản và tệp lên cổng, vào tìm kiếm; các văn bản nó thay thế, sửa đổi được tính lại tình trạng hiệu lực.</p>
          </ActionForm>
        )}
        {row.status === 'SUBMITTED' && !allowed['document.publish'] && allowed['document.return'] && (
          <p className="rounded bg-neutral-100 p-3 text-sm">Bạn đã nhập hoặc sửa văn bản này nên không tự duyệt được; cần một người duyệt khác.</p>
        )}
        {allowed['document.return'] && (
          <ActionForm action={documentStepAction} submit="Trả lại" danger className="grid gap-2 rounded border border-neutral-300 p-4" label="Trả lại người nhập">
            {hidden}
            <input type="hidden" name="step" value="return" />
            <Field name="comment" label="Lý do trả lại" required />
          </ActionForm>
        )}
        {allowed['document.withdraw'] && (
          <ActionForm action={documentStepAction} submit="Gỡ khỏi cổng" danger confirm="Gỡ văn bản này khỏi cổng? Các văn bản liên quan sẽ không còn hiện quan hệ với nó." className="grid gap-2 rounded border border-red-300 p-4" label="Gỡ khỏi cổng">
            {hidden}
            <input type="hidden" name="step" value="withdraw" />
            <Field name="reason" label="Lý do gỡ" required />
          </ActionForm>
        )}
      </section>

      <RevisionHistory revisions={row.revisions} labels={DOCUMENT_REVISION_LABELS} />
    </>
  );
}
