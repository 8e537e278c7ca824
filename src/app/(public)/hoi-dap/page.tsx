import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { Pagination } from '@/components/ui/pagination';
import { QUESTION_FIELDS } from '@/lib/questions/question-input';
import { getQuestionPage } from '@/lib/questions/questions';
import { parseQuery } from '@/lib/search/query';
import { formatVietnamDate } from '@/lib/text/dates';
import { formatNumber } from '@/lib/text/format';
import { cleanLine } from '@/lib/text/normalize';
import { parsePage } from '@/lib/text/pagination';
import { listRobots } from '@/lib/seo/list-robots';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (value: string | string[] | undefined) => cleanLine((Array.isArray(value) ? value[0] : value) ?? '').slice(0, 200);

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return {
    title: 'Hỏi đáp',
    description: 'Câu hỏi của người dân về thi đua, khen thưởng và câu trả lời của cơ quan; đặt câu hỏi và tra cứu câu hỏi đã gửi.',
    alternates: { canonical: '/hoi-dap' },
    robots: listRobots(await searchParams),
  };
}

export default async function QuestionsPage({ searchParams }: Props) {
  const params = await searchParams;
  const text = one(params.q);
  const parsed = text ? parseQuery(text) : null;
  const fieldText = one(params['linh-vuc']);
  const field = (QUESTION_FIELDS as readonly string[]).includes(fieldText) ? fieldText : null;
  const page = parsePage(params.trang) ?? 1;
  const result = await getQuestionPage({ tokens: parsed && typeof parsed !== 'string' ? parsed.tokens : [], field, page });
  return (
    <div className="max-w-4xl">
      <Breadcrumb items={[{ label: 'Trang chủ', href: '/' }, { label: 'Hỏi đáp' }]} />
      <h1 className="mt-3 border-b-2 border-brand-700 pb-2 text-2xl font-bold text-brand-700">Hỏi đáp</h1>
      <div className="mt-4 grid gap-4 sm:grid-cols-2">
        <Link href="/hoi-dap/dat-cau-hoi" className="block rounded border-2 border-brand-700 p-4 hover:bg-brand-50">
          <span className="text-lg font-bold text-brand-700">Đặt câu hỏi</span>
          <span className="block text-[15px]">Không cần tài khoản; nhận mã để theo dõi câu trả lời.</span>
        </Link>
        <form method="get" action="/hoi-dap/tra-cuu" className="rounded border border-neutral-300 p-4">
          <label htmlFor="ma-cau-hoi" className="font-semibold">
            Tra cứu câu hỏi đã gửi
          </label>
          <div className="mt-1 flex gap-2">
            <input id="ma-cau-hoi" name="ma" placeholder="HD-2026-XXXXXXXX" autoComplete="off" className="block min-h-11 w-full rounded border border-neutral-500 px-3 font-mono uppercase" />
            <button type="submit" className="min-h-11 shrink-0 rounded bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800">
              Tra cứu
            </button>
          </div>
        </form>
      </div>
      <form method="get" action="/hoi-dap" role="search" aria-label="Tìm trong hỏi đáp" className="mt-6 grid gap-3 rounded border border-neutral-300 bg-neutral-50 p-4 sm:grid-cols-[2fr_1fr_auto] sm:items-end">
        <div>
          <label htmlFor="hoi-dap-q" className="block text-sm font-semibold">
            Từ khóa
          </label>
          <input id="hoi-dap-q" name="q" type="search" defaultValue={text} maxLength={200} className="mt-1 block min-h-11 w-full rounded border border-neutral-500 bg-white px-3" />
        </div>
        <div>
          <label htmlFor="hoi-dap-linh-vuc" className="block text-sm font-semibold">
            Lĩnh vực
          </label>
          <select id="hoi-dap-linh-vuc" name="linh-vuc" defaultValue={field ?? ''} className="mt-1 block min-h-11 w-full rounded border border-neutral-500 bg-white px-3">
            <option value="">Tất cả</option>
            {QUESTION_FIELDS.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="min-h-11 rounded bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800">
          Tìm
        </button>
      </form>
      <h2 id="cau-hoi" className="mt-6 text-lg font-bold">
        {formatNumber(result.total)} câu hỏi đã trả lời{text ? ` khớp “${text}”` : ''}
      </h2>
      <ol aria-labelledby="cau-hoi" className="mt-2 divide-y divide-neutral-200">
        {result.items.map((item) => (
          <li key={item.id} className="py-3">
            <Link href={`/hoi-dap/${item.id}`} className="text-lg font-semibold text-brand-700 hover:underline">
              {item.title}
            </Link>
            <p className="mt-1 line-clamp-2 text-[15px]">{item.content}</p>
            <p className="text-sm text-neutral-700">
              {item.field} · {item.fullName} hỏi ngày {formatVietnamDate(item.askedAt)} · trả lời ngày {formatVietnamDate(item.answeredAt)}
            </p>
          </li>
        ))}
      </ol>
      <Pagination basePath="/hoi-dap" page={page} count={result.pageCount} params={{ q: text, 'linh-vuc': field ?? '' }} />
    </div>
  );
}
