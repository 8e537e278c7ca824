import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { lookupQuestion, STATUS_LABELS } from '@/lib/questions/questions';
import { formatVietnamTime } from '@/lib/text/dates';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Tra cứu câu hỏi', robots: { index: false } };

export default async function LookupPage({ searchParams }: Props) {
  const raw = (await searchParams).ma;
  const code = ((Array.isArray(raw) ? raw[0] : raw) ?? '').trim().slice(0, 40);
  const found = code ? await lookupQuestion(code) : null;
  return (
    <div className="max-w-2xl">
      <Breadcrumb items={[{ label: 'Trang chủ', href: '/' }, { label: 'Hỏi đáp', href: '/hoi-dap' }, { label: 'Tra cứu câu hỏi' }]} />
      <h1 className="mt-3 text-2xl font-bold">Tra cứu câu hỏi đã gửi</h1>
      <form method="get" action="/hoi-dap/tra-cuu" className="mt-4 flex flex-wrap items-end gap-2">
        <div className="grow">
          <label htmlFor="ma-tiep-nhan" className="block text-sm font-semibold">
            Mã tiếp nhận
          </label>
          <input id="ma-tiep-nhan" name="ma" defaultValue={code} placeholder="HD-2026-XXXXXXXX" autoComplete="off" className="mt-1 block min-h-11 w-full rounded border border-neutral-500 px-3 font-mono uppercase" />
        </div>
        <button type="submit" className="min-h-11 rounded bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800">
          Tra cứu
        </button>
      </form>
      {code && !found && (
        <p role="alert" className="mt-4 rounded border border-red-700 bg-red-50 p-3 text-red-900">
          Không tìm thấy câu hỏi có mã “{code}”. Vui lòng kiểm tra lại mã (dạng HD-2026-XXXXXXXX).
        </p>
      )}
      {found && (
        <section aria-labelledby="tinh-trang" className="mt-6">
          <h2 id="tinh-trang" className="text-lg font-bold">
            Tình trạng: <span data-question-status="">{STATUS_LABELS[found.status]}</span>
          </h2>
          <dl className="mt-3 grid gap-x-4 gap-y-1 text-[15px] sm:grid-cols-[10rem_1fr]">
            <dt className="font-semibold">Mã tiếp nhận</dt>
            <dd className="font-mono">{found.receiptCode}</dd>
            <dt className="font-semibold">Gửi lúc</dt>
            <dd>{formatVietnamTime(found.askedAt)}</dd>
            <dt className="font-semibold">Lĩnh vực</dt>
            <dd>{found.field}</dd>
            <dt className="font-semibold">Câu hỏi</dt>
            <dd>
              <p className="font-semibold">{found.title}</p>
              <p className="whitespace-pre-line">{found.content}</p>
            </dd>
          </dl>
          {found.answer && (
            <div className="mt-5 rounded border-2 border-green-800 bg-green-50 p-4">
              <h3 className="font-bold">Trả lời ({formatVietnamTime(found.answeredAt!)})</h3>
              <p className="mt-2 whitespace-pre-line" data-question-answer="">
                {found.answer}
              </p>
              <p className="mt-3">
                <Link href={`/hoi-dap/${found.publicId}`} className="text-brand-700 underline">
                  Xem trên trang Hỏi đáp
                </Link>
              </p>
            </div>
          )}
          {found.declineReason && <p className="mt-5 rounded border border-amber-700 bg-amber-50 p-4">Cơ quan không trả lời công khai câu hỏi này: {found.declineReason}</p>}
          {!found.answer && !found.declineReason && <p className="mt-5">Câu hỏi đang được xử lý; câu trả lời sẽ hiện ở đây khi được công bố.</p>}
        </section>
      )}
    </div>
  );
}
