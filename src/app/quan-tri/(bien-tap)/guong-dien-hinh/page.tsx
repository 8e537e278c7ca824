import Link from 'next/link';
import { requireActor } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { listProfilesForEditors } from '@/lib/awards/editor-profiles';
import { editorContext } from '@/lib/editor/run-action';
import { formatVietnamTime } from '@/lib/text/dates';

export const metadata = { title: 'Gương điển hình' };

const STATUS: Record<string, string> = { DRAFT: 'Nháp', SUBMITTED: 'Chờ duyệt', RETURNED: 'Bị trả lại', SCHEDULED: 'Hẹn giờ', PUBLISHED: 'Đã đăng', WITHDRAWN: 'Đã gỡ' };

export default async function ProfileListPage() {
  const actor = await requireActor('/quan-tri/guong-dien-hinh', 'article.read');
  const rows = await listProfilesForEditors(await editorContext());
  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">Gương điển hình</h1>
        {can(actor, 'article.create') && (
          <Link href="/quan-tri/guong-dien-hinh/moi" className="inline-flex min-h-11 items-center rounded bg-brand-700 px-4 font-medium text-white hover:bg-brand-800">
            Thêm gương điển hình
          </Link>
        )}
      </div>
      <p className="mt-1 text-sm text-neutral-700">Câu chuyện là một bài viết: viết và gửi duyệt trong mục Bài viết; gương điển hình lên cổng khi bài được đăng.</p>
      {rows.length === 0 ? (
        <p className="mt-4">Chưa có gương điển hình nào.</p>
      ) : (
        <table className="mt-4 w-full border-collapse text-sm">
          <caption className="sr-only">Các gương điển hình, mới sửa trước</caption>
          <thead>
            <tr className="border-b-2 border-neutral-400 text-left">
              <th scope="col" className="px-2 py-1">Tên</th>
              <th scope="col" className="px-2 py-1">Lĩnh vực</th>
              <th scope="col" className="px-2 py-1">Câu chuyện</th>
              <th scope="col" className="px-2 py-1">Khen thưởng</th>
              <th scope="col" className="px-2 py-1">Sửa lúc</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-neutral-200 align-top">
                <th scope="row" className="px-2 py-1 text-left font-medium">
                  <Link href={`/quan-tri/guong-dien-hinh/${row.id}`} className="text-brand-700 underline">
                    {row.name}
                  </Link>
                </th>
                <td className="px-2 py-1">{row.field}</td>
                <td className="px-2 py-1">
                  <Link href={`/quan-tri/bai-viet/${row.article.id}`} className="underline">
                    {row.article.title}
                  </Link>{' '}
                  ({STATUS[row.article.status] ?? row.article.status})
                </td>
                <td className="px-2 py-1">{row._count.grants}</td>
                <td className="px-2 py-1">{formatVietnamTime(row.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
