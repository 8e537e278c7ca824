import Link from 'next/link';
import { Pagination } from '@/components/ui/pagination';
import { VietnamTime } from '@/components/ui/vietnam-time';
import type { ArticleStatus } from '@/generated/prisma/enums';
import { requireActor } from '@/lib/auth/session';
import { STATUS_LABELS } from '@/lib/content/status-labels';
import { authorOptions, editorOptions, listEditorArticles } from '@/lib/editor/editor-queries';
import { parseVietnamDate, type SearchParams } from '@/lib/search/search-params';
import { parsePage } from '@/lib/text/pagination';

export const metadata = { title: 'Bài viết' };

const first = (value: string | string[] | undefined) => ((Array.isArray(value) ? value[0] : value) ?? '').trim().slice(0, 200);
const STATUSES = Object.keys(STATUS_LABELS) as ArticleStatus[];
const field = 'min-h-11 w-full rounded border border-neutral-400 bg-white px-3';

export default async function ArticleListPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor('/quan-tri/bai-viet');
  const params = await searchParams;
  const values = {
    'trang-thai': first(params['trang-thai']),
    'chuyen-muc': first(params['chuyen-muc']),
    'tac-gia': first(params['tac-gia']),
    'tu-ngay': first(params['tu-ngay']),
    'den-ngay': first(params['den-ngay']),
    q: first(params.q),
  };
  const errors: string[] = [];
  const from = values['tu-ngay'] ? parseVietnamDate(values['tu-ngay']) : null;
  const toDay = values['den-ngay'] ? parseVietnamDate(values['den-ngay']) : null;
  if (values['tu-ngay'] && !from) errors.push('“Từ ngày” không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 01/04/2024.');
  if (values['den-ngay'] && !toDay) errors.push('“Đến ngày” không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 30/04/2024.');
  const status = STATUSES.find((s) => s === values['trang-thai']);
  const sectionId = /^\d{1,9}$/.test(values['chuyen-muc']) ? Number(values['chuyen-muc']) : undefined;
  const authorId = /^\d{1,9}$/.test(values['tac-gia']) ? Number(values['tac-gia']) : undefined;
  const page = parsePage(params.trang) ?? 1;
  const [list, options, authors] = await Promise.all([
    listEditorArticles(actor, { status, sectionId, authorId, from: from ?? undefined, to: toDay ? new Date(toDay.getTime() + 86_400_000) : undefined, q: values.q || undefined, page }),
    editorOptions(),
    authorOptions(),
  ]);

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Bài viết</h1>
        <Link href="/quan-tri/bai-viet/moi" className="rounded bg-brand-700 px-4 py-2.5 font-medium text-white hover:bg-brand-800">
          Viết bài mới
        </Link>
      </div>
      <form method="get" className="mt-4 grid gap-3 rounded border border-neutral-200 p-4 sm:grid-cols-2 lg:grid-cols-3" aria-label="Lọc bài viết">
        <div>
          <label htmlFor="loc-q" className="text-sm font-medium">
            Tiêu đề có chữ
          </label>
          <input id="loc-q" name="q" defaultValue={values.q} className={field} />
        </div>
        <div>
          <label htmlFor="loc-trang-thai" className="text-sm font-medium">
            Trạng thái
          </label>
          <select id="loc-trang-thai" name="trang-thai" defaultValue={status ?? ''} className={field}>
            <option value="">Tất cả</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="loc-chuyen-muc" className="text-sm font-medium">
            Chuyên mục
          </label>
          <select id="loc-chuyen-muc" name="chuyen-muc" defaultValue={sectionId ?? ''} className={field}>
            <option value="">Tất cả</option>
            {options.sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="loc-tac-gia" className="text-sm font-medium">
            Người viết
          </label>
          <select id="loc-tac-gia" name="tac-gia" defaultValue={authorId ?? ''} className={field}>
            <option value="">Tất cả</option>
            {authors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="loc-tu" className="text-sm font-medium">
            Sửa từ ngày (dd/mm/yyyy)
          </label>
          <input id="loc-tu" name="tu-ngay" defaultValue={values['tu-ngay']} inputMode="numeric" className={field} />
        </div>
        <div>
          <label htmlFor="loc-den" className="text-sm font-medium">
            Đến ngày (dd/mm/yyyy)
          </label>
          <input id="loc-den" name="den-ngay" defaultValue={values['den-ngay']} inputMode="numeric" className={field} />
        </div>
        <div className="flex gap-2 sm:col-span-2 lg:col-span-3">
          <button type="submit" className="min-h-11 rounded bg-brand-700 px-4 font-medium text-white">
            Lọc
          </button>
          <Link href="/quan-tri/bai-viet" className="flex min-h-11 items-center rounded border border-neutral-400 px-4">
            Bỏ lọc
          </Link>
        </div>
      </form>
      {errors.map((error) => (
        <p key={error} role="alert" className="mt-3 rounded bg-red-50 p-3 text-sm text-red-900">
          {error}
        </p>
      ))}
      <p className="mt-4 text-sm text-neutral-700">{list.total.toLocaleString('vi-VN')} bài</p>
      {list.items.length === 0 ? (
        <p className="mt-4">Không có bài nào khớp bộ lọc.</p>
      ) : (
        <ul className="mt-2 divide-y divide-neutral-200 border-y border-neutral-200">
          {list.items.map((item) => (
            <li key={item.id} className="py-3">
              <Link href={`/quan-tri/bai-viet/${item.id}`} className="font-medium hover:text-brand-700">
                {item.title || '(Chưa có tiêu đề)'}
              </Link>
              <p className="text-sm text-neutral-600">
                <span className="font-medium text-neutral-800">{STATUS_LABELS[item.status]}</span> · {item.section} · {item.author} · sửa lúc <VietnamTime value={item.updatedAt} />
                {item.publishedAt && (
                  <>
                    {' '}
                    · đăng <VietnamTime value={item.publishedAt} />
                  </>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination basePath="/quan-tri/bai-viet" page={list.page} count={list.pageCount} params={Object.fromEntries(Object.entries(values).filter(([, v]) => v))} />
    </>
  );
}
