import type { Metadata } from 'next';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { readFormDraft } from '@/lib/consultations/form-drafts';
import { formatVietnamTime } from '@/lib/text/dates';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const dynamic = 'force-dynamic';
export const metadata: Metadata = {
  title: 'Tra cứu góp ý đã gửi',
  description: 'Tra cứu tình trạng xử lý góp ý về danh sách đề nghị khen thưởng bằng mã tiếp nhận.',
  alternates: { canonical: '/tra-cuu-gop-y' },
};

const input = 'mt-1 block w-full rounded border border-neutral-400 px-3 py-2.5 text-base aria-[invalid=true]:border-red-700';

export default async function LookupPage({ searchParams }: Props) {
  const raw = (await searchParams)['ket-qua'];
  const draft = await readFormDraft(typeof raw === 'string' ? raw : undefined);
  const result = draft?.result;
  return (
    <div className="max-w-2xl">
      <Breadcrumb items={[{ label: 'Trang chủ', href: '/' }, { label: 'Lấy ý kiến Nhân dân', href: '/lay-y-kien' }, { label: 'Tra cứu góp ý' }]} />
      <h1 className="mt-3 text-2xl font-bold">Tra cứu góp ý đã gửi</h1>
      <p className="mt-2 text-[15px]">Nhập mã tiếp nhận và thư điện tử hoặc số điện thoại bạn đã khai khi gửi góp ý.</p>
      {result && (
        <section aria-labelledby="tinh-trang" role="status" className="mt-5 rounded border-2 border-green-700 bg-green-50 px-4 py-4">
          <h2 id="tinh-trang" className="text-lg font-bold">
            Tình trạng: {result.status}
          </h2>
          <dl className="mt-2 grid gap-x-4 gap-y-1 text-[15px] sm:grid-cols-[10rem_1fr]">
            <dt className="font-semibold">Mã tiếp nhận</dt>
            <dd className="font-mono">{result.receiptCode}</dd>
            <dt className="font-semibold">Gửi lúc</dt>
            <dd>{result.submittedAt ? formatVietnamTime(result.submittedAt) : ''}</dd>
            {result.handledAt && (
              <>
                <dt className="font-semibold">Xử lý lúc</dt>
                <dd>{formatVietnamTime(result.handledAt)}</dd>
              </>
            )}
            <dt className="font-semibold">Đợt lấy ý kiến</dt>
            <dd>
              <a href={`/lay-y-kien/${result.slug}`} className="text-brand-700 underline">
                {result.title}
              </a>
            </dd>
            <dt className="font-semibold">Góp ý về</dt>
            <dd>{result.candidateName ?? 'Cả danh sách'}</dd>
          </dl>
        </section>
      )}
      {draft && !result && (
        <p role="alert" className="mt-5 rounded border border-red-700 bg-red-50 px-4 py-3 font-medium text-red-800">
          {draft.message}
        </p>
      )}
      <form method="post" action="/tra-cuu-gop-y/kiem-tra" className="mt-6 space-y-5">
        <div>
          <label htmlFor="ma-tiep-nhan" className="font-semibold">
            Mã tiếp nhận
          </label>
          <input id="ma-tiep-nhan" name="code" autoComplete="off" autoCapitalize="characters" spellCheck={false} placeholder="GY-2026-7K3Q9M2X" defaultValue={draft?.values.code ?? ''} aria-invalid={draft?.errors.code ? true : undefined} aria-describedby={draft?.errors.code ? 'loi-code' : undefined} className={`${input} font-mono`} />
          {draft?.errors.code && (
            <p id="loi-code" className="mt-1 text-sm font-medium text-red-700">
              {draft.errors.code.join(' ')}
            </p>
          )}
        </div>
        <div>
          <label htmlFor="lien-he" className="font-semibold">
            Thư điện tử hoặc số điện thoại
          </label>
          <input id="lien-he" name="contact" autoComplete="email" defaultValue={draft?.values.contact ?? ''} aria-invalid={draft?.errors.contact ? true : undefined} aria-describedby={draft?.errors.contact ? 'loi-contact' : undefined} className={input} />
          {draft?.errors.contact && (
            <p id="loi-contact" className="mt-1 text-sm font-medium text-red-700">
              {draft.errors.contact.join(' ')}
            </p>
          )}
        </div>
        <button type="submit" className="inline-flex min-h-11 items-center rounded bg-brand-700 px-6 py-2.5 font-semibold text-white hover:bg-brand-800">
          Tra cứu
        </button>
      </form>
    </div>
  );
}
