import Link from 'next/link';
import { notFound } from 'next/navigation';
import { attachDecisionFileAction, decisionStepAction, saveDecisionAction } from '@/app/quan-tri/decision-actions';
import { ActionForm, Field } from '@/components/admin/action-form';
import { RevisionHistory } from '@/components/admin/revision-history';
import { SignedFiles } from '@/components/admin/signed-files';
import { DecisionFields, type DecisionDefaults } from '@/components/decision-editor/decision-fields';
import { EditorGrantTable } from '@/components/decision-editor/editor-grant-table';
import { GrantListImport } from '@/components/decision-editor/grant-list-import';
import { requireActor } from '@/lib/auth/session';
import { DECISION_REVISION_LABELS, DECISION_STATUS_LABELS, getDecisionForEditor } from '@/lib/awards/editor-decisions';
import { editorContext } from '@/lib/editor/run-action';
import { formatVietnamDate } from '@/lib/text/dates';
import { orNotFound } from '@/lib/editor/or-not-found';

type Props = { params: Promise<{ id: string }> };

export const metadata = { title: 'Quyết định khen thưởng' };

export default async function DecisionEditorPage({ params }: Props) {
  const { id: raw } = await params;
  await requireActor(`/quan-tri/quyet-dinh/${raw}`, 'decision.read');
  if (!/^\d{1,9}$/.test(raw)) notFound();
  const { row, allowed } = await orNotFound(getDecisionForEditor(await editorContext(), Number(raw)));
  const hidden = (
    <>
      <input type="hidden" name="id" value={row.id} />
      <input type="hidden" name="version" value={row.version} />
      <input type="hidden" name="slug" value={row.slug} />
    </>
  );
  const defaults: DecisionDefaults = {
    number: row.number,
    issuedOn: formatVietnamDate(row.issuedOn),
    issuer: row.issuer,
    signerName: row.signerName,
    signerTitle: row.signerTitle,
    summary: row.summary,
    achievementYear: row.achievementYear,
    level: row.level,
  };
  const isPublic = row.status === 'PUBLISHED' || row.status === 'ANNULLED';
  return (
    <>
      <p className="text-sm">
        <Link href="/quan-tri/quyet-dinh" className="text-brand-700 underline">
          ‹ Các quyết định khen thưởng
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">
        Quyết định số {row.number} ngày {formatVietnamDate(row.issuedOn)}
      </h1>
      <p className="mt-1 text-sm text-neutral-700">
        <span data-status="">{DECISION_STATUS_LABELS[row.status]}</span> · phiên bản {row.version} · người nhập {row.createdBy?.name ?? '—'}
        {isPublic && (
          <>
            {' · '}
            <a href={`/quyet-dinh-khen-thuong/${row.slug}`} className="text-brand-700 underline">
              Xem trên cổng
            </a>
          </>
        )}
      </p>
      {row.status === 'RETURNED' && row.returnComment && <p className="mt-3 rounded border border-amber-400 bg-amber-50 p-3 text-sm">Bị trả lại: {row.returnComment}</p>}
      {row.status === 'ANNULLED' && (
        <p className="mt-3 rounded border border-red-400 bg-red-50 p-3 text-sm">
          Đã hủy bỏ theo Quyết định {row.annulledBy}: {row.annulmentReason}
        </p>
      )}

      <section aria-labelledby="thong-tin" className="mt-6">
        <h2 id="thong-tin" className="text-xl font-bold">
          Thông tin quyết định
        </h2>
        {allowed['decision.edit'] ? (
          <ActionForm action={saveDecisionAction} submit="Lưu" className="mt-3 grid gap-4 md:grid-cols-2">
            {hidden}
            <DecisionFields defaults={defaults} />
          </ActionForm>
        ) : (
          <p className="mt-2 text-[15px]">{row.summary}</p>
        )}
        {allowed['decision.correct'] && (
          <details className="mt-3 rounded border border-neutral-300 p-4">
            <summary className="cursor-pointer font-semibold text-brand-700">Đính chính thông tin quyết định…</summary>
            <ActionForm action={decisionStepAction} submit="Lưu đính chính" className="mt-3 grid gap-4 md:grid-cols-2" label="Đính chính quyết định">
              {hidden}
              <input type="hidden" name="step" value="correct" />
              <DecisionFields defaults={defaults} />
              <div className="md:col-span-2">
                <Field name="note" label="Nội dung đính chính (công bố trên trang quyết định)" required />
              </div>
            </ActionForm>
          </details>
        )}
      </section>

      <SignedFiles
        title="Bản quyết định đã ký"
        files={row.attachments}
        empty="Chưa tải lên bản quyết định đã ký."
        uploadLabel="Tải lên bản quyết định đã ký (PDF)"
        attach={allowed['decision.edit'] ? attachDecisionFileAction.bind(null, row.id) : null}
      />

      <section aria-labelledby="danh-sach" className="mt-8">
        <h2 id="danh-sach" className="text-xl font-bold">
          Danh sách kèm theo ({row._count.grants.toLocaleString('vi-VN')})
        </h2>
        {allowed['decision.edit'] && (
          <div className="mt-3">
            <GrantListImport decisionId={row.id} version={row.version} existing={row._count.grants} />
          </div>
        )}
        <EditorGrantTable grants={row.grants} total={row._count.grants} correctable={allowed['decision.correct']} hidden={hidden} />
      </section>

      <section aria-labelledby="quy-trinh" className="mt-8 grid gap-4 lg:grid-cols-2">
        <h2 id="quy-trinh" className="text-xl font-bold lg:col-span-2">
          Duyệt và công bố
        </h2>
        {allowed['decision.submit'] && (
          <ActionForm action={decisionStepAction} submit="Gửi duyệt" className="grid gap-2 rounded border border-neutral-300 p-4" label="Gửi duyệt">
            {hidden}
            <input type="hidden" name="step" value="submit" />
            <p className="text-sm">Gửi quyết định và danh sách cho người duyệt. Người duyệt phải là người khác người nhập.</p>
          </ActionForm>
        )}
        {allowed['decision.publish'] && (
          <ActionForm action={decisionStepAction} submit="Duyệt và công bố" className="grid gap-2 rounded border border-green-700 p-4" label="Duyệt và công bố">
            {hidden}
            <input type="hidden" name="step" value="publish" />
            <p className="text-sm">Quyết định, bản đã ký và danh sách (trừ các dòng không công bố) lên cổng và vào tra cứu, thống kê.</p>
          </ActionForm>
        )}
        {row.status === 'SUBMITTED' && !allowed['decision.publish'] && allowed['decision.return'] && (
          <p className="rounded bg-neutral-100 p-3 text-sm">Bạn đã nhập hoặc sửa quyết định này nên không tự duyệt được; cần một người duyệt khác.</p>
        )}
        {allowed['decision.return'] && (
          <ActionForm action={decisionStepAction} submit="Trả lại" danger className="grid gap-2 rounded border border-neutral-300 p-4" label="Trả lại người nhập">
            {hidden}
            <input type="hidden" name="step" value="return" />
            <Field name="comment" label="Lý do trả lại" required />
          </ActionForm>
        )}
        {allowed['decision.annul'] && (
          <ActionForm
            action={decisionStepAction}
            submit="Hủy bỏ quyết định"
            danger
            confirm="Hủy bỏ quyết định này? Danh sách sẽ rời khỏi tra cứu và thống kê; trang quyết định mang thông báo hủy bỏ."
            className="grid gap-2 rounded border border-red-300 p-4"
            label="Hủy bỏ quyết định"
          >
            {hidden}
            <input type="hidden" name="step" value="annul" />
            <Field name="annulledBy" label="Quyết định hủy bỏ (số, ngày)" required hint="Ví dụ: 25/QĐ-UBND ngày 03/02/2026" />
            <Field name="reason" label="Lý do hủy bỏ (công bố)" required />
          </ActionForm>
        )}
      </section>

      <RevisionHistory revisions={row.revisions} labels={DECISION_REVISION_LABELS} />
    </>
  );
}
