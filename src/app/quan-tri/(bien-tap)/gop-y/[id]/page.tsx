import Link from 'next/link';
import { notFound } from 'next/navigation';
import { responseStatusAction } from '@/app/quan-tri/consultation-actions';
import { ActionForm } from '@/components/admin/action-form';
import { ResponseStatusSelect } from '@/components/consultation-editor/response-status-select';
import { requireActor } from '@/lib/auth/session';
import { INBOX_STATUS_LABELS, readResponse } from '@/lib/consultations/response-inbox';
import { editorContext } from '@/lib/editor/run-action';
import { formatVietnamTime } from '@/lib/text/dates';
import { formatBytes } from '@/lib/text/format';
import { orNotFound } from '@/lib/editor/or-not-found';

export const metadata = { title: 'Góp ý' };

type Props = { params: Promise<{ id: string }> };

export default async function ResponsePage({ params }: Props) {
  const { id } = await params;
  await requireActor(`/quan-tri/gop-y/${id}`, 'response.read');
  if (!/^\d{1,9}$/.test(id)) notFound();
  const row = await orNotFound(readResponse(await editorContext(), Number(id)));
  return (
    <>
      <p className="text-sm">
        <Link href={`/quan-tri/gop-y?dot=${row.consultation.id}`} className="text-brand-700 underline">
          ‹ Hộp thư góp ý
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">
        Góp ý <span className="font-mono">{row.receiptCode}</span>
      </h1>
      <dl className="mt-4 grid gap-x-4 gap-y-1 text-[15px] sm:grid-cols-[12rem_1fr]">
        <dt className="font-semibold">Đợt lấy ý kiến</dt>
        <dd>{row.consultation.title}</dd>
        <dt className="font-semibold">Góp ý về</dt>
        <dd>{row.candidate?.name ?? 'Cả danh sách'}</dd>
        <dt className="font-semibold">Gửi lúc</dt>
        <dd>{formatVietnamTime(row.submittedAt)}</dd>
        <dt className="font-semibold">Người gửi</dt>
        <dd>{row.fullName}</dd>
        <dt className="font-semibold">Liên hệ</dt>
        <dd>{[row.email, row.phone, row.address].filter(Boolean).join(' · ')}</dd>
        <dt className="font-semibold">Đồng ý xử lý dữ liệu</dt>
        <dd>
          Phiên bản {row.consentVersion}, lúc {formatVietnamTime(row.consentAt)}
        </dd>
        <dt className="font-semibold">Tình trạng</dt>
        <dd>
          {INBOX_STATUS_LABELS[row.status]}
          {row.handledBy ? ` (${row.handledBy.name}${row.handledAt ? `, ${formatVietnamTime(row.handledAt)}` : ''})` : ''}
        </dd>
        {row.internalNote && (
          <>
            <dt className="font-semibold">Ghi chú nội bộ</dt>
            <dd>{row.internalNote}</dd>
          </>
        )}
      </dl>
      <h2 className="mt-6 text-lg font-bold">Nội dung</h2>
      <p className="mt-2 rounded border border-neutral-300 p-3 whitespace-pre-line">{row.content}</p>
      {row.files.length > 0 && (
        <>
          <h2 className="mt-6 text-lg font-bold">Tệp gửi kèm</h2>
          <ul className="mt-2 list-disc pl-6 text-sm">
            {row.files.map((file) => (
              <li key={file.id}>
                <a href={`/api/quan-tri/gop-y/tep/${file.id}`} className="text-brand-700 underline">
                  {file.originalName}
                </a>{' '}
                ({formatBytes(file.bytes)})
              </li>
            ))}
          </ul>
        </>
      )}
      <ActionForm action={responseStatusAction} submit="Cập nhật" className="mt-6 grid max-w-xl gap-3" label="Cập nhật tình trạng">
        <input type="hidden" name="ids" value={row.id} />
        <ResponseStatusSelect label="Tình trạng" defaultValue={row.status} />
        <label className="grid text-sm">
          Ghi chú nội bộ
          <input name="note" defaultValue={row.internalNote} className="min-h-11 rounded border border-neutral-400 px-3" />
        </label>
      </ActionForm>
    </>
  );
}
