import Link from 'next/link';
import { notFound } from 'next/navigation';
import { questionStepAction } from '@/app/quan-tri/question-actions';
import { ActionForm, Field, SelectField } from '@/components/admin/action-form';
import { requireActor } from '@/lib/auth/session';
import { editorContext } from '@/lib/editor/run-action';
import { getQuestionForNewsroom } from '@/lib/questions/question-workflow';
import { STATUS_LABELS } from '@/lib/questions/questions';
import { formatVietnamTime } from '@/lib/text/dates';
import { orNotFound } from '@/lib/editor/or-not-found';

type Props = { params: Promise<{ id: string }> };

export const metadata = { title: 'Câu hỏi' };

export default async function NewsroomQuestionPage({ params }: Props) {
  const { id: raw } = await params;
  await requireActor(`/quan-tri/hoi-dap/${raw}`, 'question.read');
  if (!/^\d{1,9}$/.test(raw)) notFound();
  const { row, allowed, staff } = await orNotFound(getQuestionForNewsroom(await editorContext(), Number(raw)));
  const hidden = (
    <>
      <input type="hidden" name="id" value={row.id} />
      <input type="hidden" name="version" value={row.version} />
    </>
  );
  return (
    <>
      <p className="text-sm">
        <Link href="/quan-tri/hoi-dap" className="text-brand-700 underline">
          ‹ Các câu hỏi
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{row.title}</h1>
      <p className="mt-1 text-sm text-neutral-700">
        <span data-status="">{STATUS_LABELS[row.status]}</span> · mã {row.receiptCode} · gửi lúc {formatVietnamTime(row.createdAt)} · {row.field}
        {row.assignee ? ` · giao cho ${row.assignee.name}` : ''}
      </p>
      <section aria-labelledby="nguoi-hoi" className="mt-4 max-w-3xl rounded border border-neutral-300 p-4">
        <h2 id="nguoi-hoi" className="font-bold">
          Người hỏi <span className="text-sm font-normal text-neutral-700">(liên hệ chỉ cán bộ xử lý được xem; không công bố)</span>
        </h2>
        <p className="mt-1">
          {row.fullName} · {[row.email, row.phone].filter(Boolean).join(' · ')}
        </p>
        <p className="mt-3 whitespace-pre-line">{row.content}</p>
      </section>
      {row.returnComment && <p className="mt-3 max-w-3xl rounded border border-amber-400 bg-amber-50 p-3 text-sm">Bị trả lại: {row.returnComment}</p>}
      {row.answer && (
        <section aria-labelledby="cau-tra-loi" className="mt-4 max-w-3xl rounded border-l-4 border-brand-700 bg-neutral-50 p-4">
          <h2 id="cau-tra-loi" className="font-bold">
            Câu trả lời {row.status === 'ANSWERED' ? `(công bố lúc ${formatVietnamTime(row.answeredAt!)} bởi ${row.publisher?.name ?? '—'})` : `(soạn bởi ${row.drafter?.name ?? '—'})`}
          </h2>
          <p className="mt-2 whitespace-pre-line" data-answer="">
            {row.answer}
          </p>
        </section>
      )}
      {row.status === 'DECLINED' && <p className="mt-4 max-w-3xl rounded border border-neutral-400 p-3">Không trả lời công khai: {row.declineReason}</p>}
      <section aria-labelledby="xu-ly" className="mt-6 grid max-w-4xl gap-4 lg:grid-cols-2">
        <h2 id="xu-ly" className="text-xl font-bold lg:col-span-2">
          Xử lý
        </h2>
        {allowed['question.assign'] && (
          <ActionForm action={questionStepAction} submit="Giao xử lý" className="grid gap-2 rounded border border-neutral-300 p-4" label="Giao xử lý">
            {hidden}
            <input type="hidden" name="step" value="assign" />
            <SelectField name="assigneeId" label="Người trả lời" options={Object.fromEntries(staff.map((user) => [String(user.id), user.name]))} defaultValue={String(row.assigneeId ?? '')} />
          </ActionForm>
        )}
        {allowed['question.answer'] && (
          <ActionForm action={questionStepAction} submit="Gửi duyệt câu trả lời" className="grid gap-2 rounded border border-neutral-300 p-4 lg:col-span-2" label="Soạn câu trả lời">
            {hidden}
            <input type="hidden" name="step" value="answer" />
            <Field name="answer" label="Câu trả lời" rows={8} defaultValue={row.answer} required hint="Người duyệt phải là người khác người soạn." />
          </ActionForm>
        )}
        {allowed['question.publish'] && (
          <ActionForm action={questionStepAction} submit="Duyệt và công bố" className="grid gap-2 rounded border border-green-700 p-4" label="Duyệt và công bố">
            {hidden}
            <input type="hidden" name="step" value="publish" />
            <p className="text-sm">Câu hỏi (kèm họ tên, không kèm liên hệ) và câu trả lời lên trang Hỏi đáp; người hỏi đọc được bằng mã tiếp nhận.</p>
          </ActionForm>
        )}
        {row.status === 'PENDING_APPROVAL' && !allowed['question.publish'] && <p className="rounded bg-neutral-100 p-3 text-sm">Câu trả lời đang chờ một người khác người soạn duyệt.</p>}
        {allowed['question.publish'] && (
          <ActionForm action={questionStepAction} submit="Trả lại" danger className="grid gap-2 rounded border border-neutral-300 p-4" label="Trả lại người soạn">
            {hidden}
            <input type="hidden" name="step" value="return" />
            <Field name="comment" label="Lý do trả lại" required />
          </ActionForm>
        )}
        {allowed['question.decline'] && (
          <ActionForm action={questionStepAction} submit="Không trả lời công khai" danger confirm="Người hỏi sẽ thấy lý do khi tra cứu. Tiếp tục?" className="grid gap-2 rounded border border-red-300 p-4" label="Không trả lời công khai">
            {hidden}
            <input type="hidden" name="step" value="decline" />
            <Field name="reason" label="Lý do (người hỏi đọc được)" required hint="Ví dụ: Câu hỏi không thuộc lĩnh vực thi đua, khen thưởng; đề nghị gửi Sở Y tế." />
          </ActionForm>
        )}
      </section>
    </>
  );
}
