import Link from 'next/link';
import type { QuestionStatus } from '@/generated/prisma/client';
import { requireActor } from '@/lib/auth/session';
import { editorContext } from '@/lib/editor/run-action';
import { listQuestionsForNewsroom } from '@/lib/questions/question-workflow';
import { formatVietnamTime } from '@/lib/text/dates';

export const metadata = { title: 'Hỏi đáp' };

const NEWSROOM_LABELS: Record<QuestionStatus, string> = { RECEIVED: 'Mới', ASSIGNED: 'Đã giao', PENDING_APPROVAL: 'Chờ duyệt trả lời', ANSWERED: 'Đã trả lời', DECLINED: 'Không trả lời' };
const FILTERS: (QuestionStatus | null)[] = [null, 'RECEIVED', 'ASSIGNED', 'PENDING_APPROVAL', 'ANSWERED', 'DECLINED'];

type Props = { searchParams: Promise<{ 'trang-thai'?: string }> };

export default async function NewsroomQuestionsPage({ searchParams }: Props) {
  await requireActor('/quan-tri/hoi-dap', 'question.read');
  const wanted = (await searchParams)['trang-thai'];
  const status = FILTERS.find((value) => value === wanted) ?? null;
  const rows = await listQuestionsForNewsroom(await editorContext(), status);
  return (
    <>
      <h1 className="text-2xl font-bold">Hỏi đáp</h1>
      <nav aria-label="Lọc theo trạng thái" className="mt-3">
        <ul className="flex flex-wrap gap-2 text-sm">
          {FILTERS.map((value) => (
            <li key={value ?? 'all'}>
              <Link href={value ? `/quan-tri/hoi-dap?trang-thai=${value}` : '/quan-tri/hoi-dap'} aria-current={value === status ? 'page' : undefined} className={`inline-flex min-h-11 items-center rounded border px-3 ${value === status ? 'border-brand-700 bg-brand-700 text-white' : 'border-neutral-400'}`}>
                {value ? NEWSROOM_LABELS[value] : 'Tất cả'}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {rows.length === 0 ? (
        <p className="mt-4">Không có câu hỏi nào.</p>
      ) : (
        <table className="mt-4 w-full border-collapse text-sm">
          <caption className="sr-only">Câu hỏi của người dân, mới gửi trước</caption>
          <thead>
            <tr className="border-b-2 border-neutral-400 text-left">
              <th scope="col" className="px-2 py-1">Câu hỏi</th>
              <th scope="col" className="px-2 py-1">Lĩnh vực</th>
              <th scope="col" className="px-2 py-1">Trạng thái</th>
              <th scope="col" className="px-2 py-1">Người xử lý</th>
              <th scope="col" className="px-2 py-1">Gửi lúc</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-neutral-200 align-top">
                <th scope="row" className="px-2 py-1 text-left font-medium">
                  <Link href={`/quan-tri/hoi-dap/${row.id}`} className="text-brand-700 underline">
                    {row.title}
                  </Link>
                  <span className="block font-mono text-xs font-normal text-neutral-700">{row.receiptCode}</span>
                </th>
                <td className="px-2 py-1">{row.field}</td>
                <td className="px-2 py-1">{NEWSROOM_LABELS[row.status]}</td>
                <td className="px-2 py-1">{row.assignee?.name ?? '—'}</td>
                <td className="px-2 py-1">{formatVietnamTime(row.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
