import Link from 'next/link';
import { Pagination } from '@/components/ui/pagination';
import { VietnamTime } from '@/components/ui/vietnam-time';
import { AUDIT_LABELS, listAudit } from '@/lib/admin/audit';
import { requireActor } from '@/lib/auth/session';
import type { SearchParams } from '@/lib/search/search-params';
import { parsePage } from '@/lib/text/pagination';

export const metadata = { title: 'Nhật ký' };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor('/quan-tri/nhat-ky', 'audit.view');
  const params = await searchParams;
  const action = first(params['thao-tac']);
  const articleText = first(params['bai']);
  const filter = {
    page: parsePage(params.trang) ?? 1,
    action: action in AUDIT_LABELS ? action : undefined,
    articleId: /^\d{1,9}$/.test(articleText) ? Number(articleText) : undefined,
  };
  const log = await listAudit({ actor, ip: null }, filter);
  return (
    <>
      <h1 className="text-2xl font-bold">Nhật ký thao tác</h1>
      <form method="get" className="mt-4 flex flex-wrap items-end gap-3" aria-label="Lọc nhật ký">
        <div>
          <label htmlFor="nk-thao-tac" className="text-sm font-medium">
            Thao tác
          </label>
          <select id="nk-thao-tac" name="thao-tac" defaultValue={filter.action ?? ''} className="block min-h-11 rounded border border-neutral-400 bg-white px-3">
            <option value="">Tất cả</option>
            {Object.entries(AUDIT_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        {filter.articleId && <input type="hidden" name="bai" value={filter.articleId} />}
        <button type="submit" className="min-h-11 rounded bg-brand-700 px-4 font-medium text-white">
          Lọc
        </button>
        {filter.articleId && (
          <Link href="/quan-tri/nhat-ky" className="flex min-h-11 items-center underline">
            Bỏ lọc bài #{filter.articleId}
          </Link>
        )}
      </form>
      <p className="mt-4 text-sm text-neutral-700">{log.total.toLocaleString('vi-VN')} dòng</p>
      <ol className="mt-2 divide-y divide-neutral-200 border-y border-neutral-200">
        {log.items.map((entry) => (
          <li key={entry.id} className="py-3 text-sm">
            <p>
              <span className="font-bold">{entry.label}</span> · {entry.actor ?? 'Hệ thống'} ·{' '}
              {entry.entityType === 'article' ? (
                <Link href={`/quan-tri/bai-viet/${entry.entityId}`} className="underline">
                  bài #{entry.entityId}
                </Link>
              ) : (
                `${entry.entityType} #${entry.entityId}`
              )}
            </p>
            {entry.summary && <p className="text-neutral-800">{entry.summary}</p>}
            <p className="text-neutral-600">
              <VietnamTime value={entry.createdAt} />
              {entry.ip && ` · từ ${entry.ip}`}
            </p>
          </li>
        ))}
      </ol>
      <Pagination basePath="/quan-tri/nhat-ky" page={log.page} count={log.pageCount} params={{ 'thao-tac': filter.action ?? '', bai: filter.articleId ? String(filter.articleId) : '' }} />
    </>
  );
}
