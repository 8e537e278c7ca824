import type { Metadata } from 'next';
import { QuestionForm } from '@/components/questions/question-form';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { readFormDraft } from '@/lib/consultations/form-drafts';
import { newQuestionToken } from '@/lib/questions/questions';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Each visit gets its own one-time form token, so this page is never shared from a cache.
export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Đặt câu hỏi', robots: { index: false } };

export default async function AskPage({ searchParams }: Props) {
  const raw = (await searchParams).nhap;
  const draft = await readFormDraft(Array.isArray(raw) ? raw[0] : raw);
  return (
    <div className="max-w-2xl">
      <Breadcrumb items={[{ label: 'Trang chủ', href: '/' }, { label: 'Hỏi đáp', href: '/hoi-dap' }, { label: 'Đặt câu hỏi' }]} />
      <h1 className="mt-3 text-2xl font-bold">Đặt câu hỏi về thi đua, khen thưởng</h1>
      <p className="mt-3 text-[15px] text-neutral-800">
        Mục có dấu <span className="text-red-700">*</span> là bắt buộc. Không cần tài khoản. Sau khi gửi, bạn nhận một mã để tra cứu tình trạng và câu trả lời; câu hỏi được trả lời trong 10 ngày làm việc.
      </p>
      <QuestionForm formToken={newQuestionToken()} draft={draft} />
    </div>
  );
}
