import Link from 'next/link';
import { notFound } from 'next/navigation';
import { attachNoticeAction, consultationStepAction, removeCandidateAction, saveConsultationAction } from '@/app/quan-tri/consultation-actions';
import { ActionForm, Field } from '@/components/admin/action-form';
import { RevisionHistory } from '@/components/admin/revision-history';
import { CandidateAddForm } from '@/components/consultation-editor/candidate-add-form';
import { CandidateImport } from '@/components/consultation-editor/candidate-import';
import { ConsultationFields } from '@/components/consultation-editor/consultation-fields';
import { SignedFiles } from '@/components/admin/signed-files';
import { RECIPIENT_LABELS } from '@/lib/consultations/award-rules';
import { CONSULTATION_REVISION_LABELS, CONSULTATION_STATUS_LABELS, getConsultationForEditor } from '@/lib/consultations/editor-consultations';
import { formatCalendarDate } from '@/lib/consultations/working-days';
import { requireActor } from '@/lib/auth/session';
import { editorContext } from '@/lib/editor/run-action';
import { formatVietnamInput, formatVietnamTime } from '@/lib/text/dates';
import { orNotFound } from '@/lib/editor/or-not-found';

type Props = { params: Promise<{ id: string }> };

export const metadata = { title: 'Đợt lấy ý kiến' };

const PUBLIC_STATUSES = ['SCHEDULED', 'OPEN', 'CLOSED', 'CONCLUDED'];

export default async function ConsultationEditorPage({ params }: Props) {
  const { id: raw } = await params;
  await requireActor(`/quan-tri/lay-y-kien/${raw}`, 'consultation.read');
  if (!/^\d{1,9}$/.test(raw)) notFound();
  const data = await orNotFound(getConsultationForEditor(await editorContext(), Number(raw)));
  const { row, awards, calendar, floor, allowed } = data;
  const hidden = (
    <>
      <input type="hidden" name="id" value={row.id} />
      <input type="hidden" name="version" value={row.version} />
      <input type="hidden" name="slug" value={row.slug} />
    </>
  );
  const isPublic = PUBLIC_STATUSES.includes(row.status);
  return (
    <>
      <p className="text-sm">
        <Link href="/quan-tri/lay-y-kien" className="text-brand-700 underline">
          ‹ Các đợt lấy ý kiến
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{row.title}</h1>
      <p className="mt-1 text-sm text-neutral-700">
        <span data-status="">{CONSULTATION_STATUS_LABELS[row.status]}</span> · phiên bản {row.version} · người soạn {row.createdBy?.name ?? '—'}
        {row.closesOn && <> · hạn góp ý hết ngày {formatCalendarDate(row.closesOn.toISOString().slice(0, 10))}</>}
        {isPublic && (
          <>
            {' · '}
            <a href={`/lay-y-kien/${row.slug}`} className="text-brand-700 underline">
              Xem trên cổng
            </a>
          </>
        )}
      </p>
      {row.status === 'RETURNED' && row.returnComment && <p className="mt-3 rounded border border-amber-400 bg-amber-50 p-3 text-sm">Bị trả lại: {row.returnComment}</p>}
      {row.calendarFlaggedAt && (
        <p className="mt-3 rounded border border-amber-400 bg-amber-50 p-3 text-sm">
          Lịch làm việc đã thay đổi sau khi đợt này được duyệt: hạn góp ý đã công bố không đổi; nếu cần, hãy gia hạn.
        </p>
      )}

      {allowed['consultation.edit'] ? (
        <section aria-labelledby="thong-tin" className="mt-6">
          <h2 id="thong-tin" className="text-xl font-bold">
            Thông tin đợt lấy ý kiến
          </h2>
          <ActionForm action={saveConsultationAction} submit="Lưu" className="mt-3 grid gap-4 md:grid-cols-2">
            {hidden}
            <ConsultationFields
              calendar={calendar}
              floor={floor}
              defaults={{ ...row, opensAt: row.opensAt ? formatVietnamInput(row.opensAt) : '' }}
            />
          </ActionForm>
        </section>
      ) : (
        <dl className="mt-6 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[12rem_1fr]">
          <dt className="font-semibold">Mở lúc</dt>
          <dd>{row.opensAt ? formatVietnamTime(row.opensAt) : '—'}</dd>
          <dt className="font-semibold">Số ngày làm việc</dt>
          <dd>{row.workingDays}</dd>
          <dt className="font-semibold">Văn bản đề nghị</dt>
          <dd>{row.proposalRef || '—'}</dd>
          <dt className="font-semibold">Nơi nhận ý kiến</dt>
          <dd>{[row.receivingUnit, row.postalAddress, row.email, row.phone].filter(Boolean).join('; ')}</dd>
          {row.extendedReason && (
            <>
              <dt className="font-semibold">Đã gia hạn</dt>
              <dd>{row.extendedReason}</dd>
            </>
          )}
        </dl>
      )}

      <section aria-labelledby="danh-sach" className="mt-8">
        <h2 id="danh-sach" className="text-xl font-bold">
          Danh sách đề nghị ({row.candidates.filter((c) => !c.withdrawnAt).length})
        </h2>
        {floor && <p className="mt-1 text-sm text-neutral-700">Thời hạn tối thiểu: {floor.days} ngày làm việc ({floor.basis}).</p>}
        <table className="mt-3 w-full border-collapse text-sm" data-candidates="">
          <caption className="sr-only">Danh sách cá nhân, tập thể được đề nghị</caption>
          <thead>
            <tr className="border-b-2 border-neutral-400 text-left">
              <th scope="col" className="px-2 py-1">TT</th>
              <th scope="col" className="px-2 py-1">Tên</th>
              <th scope="col" className="px-2 py-1">Đơn vị, địa bàn</th>
              <th scope="col" className="px-2 py-1">Hình thức</th>
              <th scope="col" className="px-2 py-1">
                <span className="sr-only">Thao tác</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {row.candidates.map((candidate, index) => (
              <tr key={candidate.id} className={`border-b border-neutral-200 align-top ${candidate.withdrawnAt ? 'text-neutral-500' : ''}`}>
                <td className="px-2 py-1">{index + 1}</td>
                <th scope="row" className="px-2 py-1 text-left font-medium">
                  <span className={candidate.withdrawnAt ? 'line-through' : ''}>{candidate.name}</span>
                  <span className="block font-normal text-neutral-600">
                    {RECIPIENT_LABELS[candidate.kind]}
                    {candidate.posthumous ? ', truy tặng' : ''}
                  </span>
                  {candidate.withdrawnAt && <span className="block font-normal">Đã rút: {candidate.withdrawnNote}</span>}
                </th>
                <td className="px-2 py-1">{[candidate.jobTitle, candidate.unit, candidate.commune].filter(Boolean).join(', ')}</td>
                <td className="px-2 py-1">
                  {candidate.awardType.name}
                  {candidate.awardClass ? ` hạng ${candidate.awardClass}` : ''}
                </td>
                <td className="px-2 py-1">
                  {allowed['consultation.edit'] && (
                    <ActionForm action={removeCandidateAction} submit="Bỏ" danger className="grid" label={`Bỏ ${candidate.name}`}>
                      {hidden}
                      <input type="hidden" name="candidateId" value={candidate.id} />
                    </ActionForm>
                  )}
                  {allowed['consultation.manageLive'] && !candidate.withdrawnAt && row.status !== 'CONCLUDED' && (
                    <details>
                      <summary className="cursor-pointer text-red-800 underline">Rút khỏi danh sách…</summary>
                      <ActionForm action={consultationStepAction} submit="Rút khỏi danh sách" danger className="mt-1 grid gap-1" label={`Rút ${candidate.name}`}>
                        {hidden}
                        <input type="hidden" name="step" value="withdrawCandidate" />
                        <input type="hidden" name="candidateId" value={candidate.id} />
                        <Field name="note" label="Lý do (công bố)" />
                      </ActionForm>
                    </details>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {row.candidates.length === 0 && <p className="mt-2 text-neutral-700">Chưa có ai trong danh sách.</p>}
        {allowed['consultation.edit'] && (
          <div className="mt-4 grid gap-4 lg:grid-cols-2">
            <CandidateImport consultationId={row.id} version={row.version} />
            <section aria-labelledby="them-mot" className="rounded border border-neutral-300 p-4">
              <h3 id="them-mot" className="mb-2 font-bold">
                Thêm từng người, tập thể
              </h3>
              <CandidateAddForm id={row.id} version={row.version} awards={awards} />
            </section>
          </div>
        )}
      </section>

      <SignedFiles
        title="Tệp đính kèm"
        files={row.attachments}
        empty="Chưa gắn thông báo có chữ ký."
        uploadLabel="Tải lên thông báo có chữ ký (PDF, Word…)"
        attach={allowed['consultation.edit'] ? attachNoticeAction.bind(null, row.id) : null}
      />

      <section aria-labelledby="quy-trinh" className="mt-8 grid gap-4 lg:grid-cols-2">
        <h2 id="quy-trinh" className="text-xl font-bold lg:col-span-2">
          Duyệt và công bố
        </h2>
        {allowed['consultation.submit'] && (
          <ActionForm action={consultationStepAction} submit="Gửi duyệt" className="grid gap-2 rounded border border-neutral-300 p-4" label="Gửi duyệt">
            {hidden}
            <input type="hidden" name="step" value="submit" />
            <p className="text-sm">Gửi danh sách cho người duyệt. Người duyệt phải là người khác người soạn.</p>
          </ActionForm>
        )}
        {allowed['consultation.publish'] && (
          <ActionForm action={consultationStepAction} submit="Duyệt và đăng" className="grid gap-2 rounded border border-green-700 p-4" label="Duyệt và đăng">
            {hidden}
            <input type="hidden" name="step" value="approve" />
            <p className="text-sm">Hạn góp ý được tính và cố định khi duyệt, theo lịch làm việc hiện hành; đợt lấy ý kiến tự mở và tự đóng đúng giờ.</p>
          </ActionForm>
        )}
        {row.status === 'SUBMITTED' && !allowed['consultation.publish'] && allowed['consultation.return'] && (
          <p className="rounded bg-neutral-100 p-3 text-sm">Bạn đã soạn hoặc sửa đợt này nên không tự duyệt được; cần một người duyệt khác.</p>
        )}
        {allowed['consultation.return'] && (
          <ActionForm action={consultationStepAction} submit="Trả lại" danger className="grid gap-2 rounded border border-neutral-300 p-4" label="Trả lại người soạn">
            {hidden}
            <input type="hidden" name="step" value="return" />
            <Field name="comment" label="Lý do trả lại" required />
          </ActionForm>
        )}
        {allowed['consultation.manageLive'] && row.status !== 'CONCLUDED' && (
          <ActionForm action={consultationStepAction} submit="Gia hạn" className="grid gap-2 rounded border border-neutral-300 p-4" label="Gia hạn lấy ý kiến">
            {hidden}
            <input type="hidden" name="step" value="extend" />
            <Field name="closesOn" label="Hết hạn mới vào ngày" hint="Chỉ được muộn hơn hạn hiện tại; ví dụ 26/06/2026." />
            <Field name="reason" label="Lý do gia hạn (công bố trên trang)" required />
          </ActionForm>
        )}
        {allowed['consultation.manageLive'] && row.status === 'CLOSED' && (
          <ActionForm action={consultationStepAction} submit="Công bố kết quả" className="grid gap-2 rounded border border-neutral-300 p-4" label="Công bố kết quả">
            {hidden}
            <input type="hidden" name="step" value="conclude" />
            <Field name="outcomeText" label="Kết quả (công bố trên trang)" required />
            <Field name="outcomeUrl" label="Liên kết tới quyết định" hint="Đường dẫn trên cổng (bắt đầu bằng /) hoặc địa chỉ http(s)." />
          </ActionForm>
        )}
        {allowed['response.read'] && isPublic && (
          <p className="rounded border border-neutral-300 p-4 text-sm">
            {row._count.responses} góp ý ·{' '}
            <Link href={`/quan-tri/gop-y?dot=${row.id}`} className="text-brand-700 underline">
              Xem trong hộp thư góp ý
            </Link>{' '}
            ·{' '}
            <Link href={`/quan-tri/gop-y/tong-hop/${row.id}`} className="text-brand-700 underline">
              Tổng hợp ý kiến
            </Link>
          </p>
        )}
      </section>

      <RevisionHistory revisions={row.revisions} labels={CONSULTATION_REVISION_LABELS} />
    </>
  );
}
