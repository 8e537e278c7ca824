import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { getPublicConsultation } from '@/lib/consultations/public-consultations';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Đã gửi góp ý', robots: { index: false } };

/** The receipt: the code to keep, and how to use it. It holds nothing of what was sent. */
export default async function ReceiptPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const raw = (await searchParams).ma;
  const code = typeof raw === 'string' && /^GY-\d{4}-[0-9A-Z]{8}$/.test(raw) ? raw : null;
  const consultation = await getPublicConsultation(slug);
  if (!consultation || !code) notFound();
  return (
    <div className="max-w-2xl">
      <Breadcrumb items={[{ label: 'Trang chủ', href: '/' }, { label: 'Lấy ý kiến Nhân dân', href: '/lay-y-kien' }, { label: 'Đã gửi góp ý' }]} />
      <h1 className="mt-3 text-2xl font-bold">Đã nhận góp ý của bạn</h1>
      <p className="mt-2 text-[15px]">
        Về:{' '}
        <a href={`/lay-y-kien/${consultation.slug}`} className="font-medium text-brand-700 underline">
          {consultation.title}
        </a>
      </p>
      <div className="mt-5 rounded border-2 border-green-700 bg-green-50 px-4 py-4">
        <p className="text-[15px]">Mã tiếp nhận của bạn:</p>
        <p className="mt-1 font-mono text-2xl font-bold tracking-wider" data-receipt-code="">
          {code}
        </p>
        <p className="mt-2 text-[15px]">Hãy ghi lại mã này. Cùng với thư điện tử hoặc số điện thoại đã khai, mã dùng để tra cứu tình trạng xử lý góp ý.</p>
      </div>
      <p className="mt-5 flex flex-wrap gap-4">
        <a href="/tra-cuu-gop-y" className="inline-flex min-h-11 items-center rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800">
          Tra cứu tình trạng
        </a>
        <a href={`/lay-y-kien/${consultation.slug}`} className="inline-flex min-h-11 items-center text-brand-700 underline">
          Về trang lấy ý kiến
        </a>
      </p>
    </div>
  );
}
