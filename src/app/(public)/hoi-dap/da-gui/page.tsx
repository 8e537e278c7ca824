import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumb } from '@/components/ui/breadcrumb';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: 'Đã gửi câu hỏi', robots: { index: false } };

export default async function SentPage({ searchParams }: Props) {
  const raw = (await searchParams).ma;
  const code = (Array.isArray(raw) ? raw[0] : raw) ?? '';
  const valid = /^HD-\d{4}-[A-Z0-9]{8}$/.test(code);
  return (
    <div className="max-w-2xl">
      <Breadcrumb items={[{ label: 'Trang chủ', href: '/' }, { label: 'Hỏi đáp', href: '/hoi-dap' }, { label: 'Đã gửi' }]} />
      <h1 className="mt-3 text-2xl font-bold">Đã gửi câu hỏi</h1>
      {valid ? (
        <div role="status" className="mt-4 rounded border-2 border-green-800 bg-green-50 p-4">
          <p>Cơ quan đã tiếp nhận câu hỏi của bạn. Mã tiếp nhận:</p>
          <p className="mt-2 font-mono text-2xl font-bold tracking-wider" data-receipt-code="">
            {code}
          </p>
          <p className="mt-2 text-[15px]">Hãy ghi lại mã này để tra cứu tình trạng xử lý và đọc câu trả lời.</p>
          <p className="mt-3">
            <Link href={`/hoi-dap/tra-cuu?ma=${code}`} className="font-semibold text-brand-700 underline">
              Tra cứu câu hỏi {code}
            </Link>
          </p>
        </div>
      ) : (
        <p className="mt-4">Mã tiếp nhận không hợp lệ.</p>
      )}
    </div>
  );
}
