import Link from 'next/link';
import { VietnamTime } from '@/components/ui/vietnam-time';
import type { PendingEdit } from '@/lib/editor/editable-article';

type Props = { articleId: number; slug: string; pending: PendingEdit | null; savedNow: boolean };

/** On a live article: what the public sees and what waits for approval, with a way to compare them. */
export function PendingEditNotice({ articleId, slug, pending, savedNow }: Props) {
  if (!pending && !savedNow) {
    return (
      <p className="rounded bg-blue-50 p-3 text-sm text-blue-950">
        Bài đang đăng. Lưu thay đổi sẽ tạo <strong>bản sửa chờ duyệt</strong>: trang công khai giữ bản hiện tại cho đến khi một người khác trong Ban biên tập duyệt bản sửa.
      </p>
    );
  }
  return (
    <div role="status" className="rounded border border-amber-400 bg-amber-50 p-3 text-sm">
      <p>
        <strong>Biểu mẫu đang hiện bản sửa chờ duyệt</strong>
        {pending && !savedNow ? (
          <>
            {' '}
            (lưu lúc <VietnamTime value={pending.savedAt} />
            {pending.author ? `, bởi ${pending.author}` : ''})
          </>
        ) : null}
        . Trang công khai vẫn hiện bản đã duyệt.
      </p>
      <p className="mt-1 flex flex-wrap gap-x-4">
        <Link href={`/bai-viet/${slug}`} className="underline">
          Xem bản đang đăng
        </Link>
        {pending && (
          <Link href={`/quan-tri/bai-viet/${articleId}/phien-ban?xem=${pending.revisionId}`} className="underline">
            So sánh bản sửa với bản đang đăng
          </Link>
        )}
      </p>
    </div>
  );
}
