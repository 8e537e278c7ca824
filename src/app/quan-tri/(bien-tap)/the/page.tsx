import Link from 'next/link';
import { deleteTagAction, renameTagAction } from '@/app/quan-tri/admin-actions';
import { ActionForm, Field } from '@/components/admin/action-form';
import { listTags } from '@/lib/admin/tags';
import { requireActor } from '@/lib/auth/session';

export const metadata = { title: 'Tag' };

export default async function TagsPage() {
  const actor = await requireActor('/quan-tri/the', 'tag.manage');
  const tags = await listTags({ actor, ip: null });
  return (
    <>
      <h1 className="text-2xl font-bold">Tag</h1>
      <p className="mt-1 text-sm text-neutral-700">Tag mới được tạo ngay trong biểu mẫu bài viết. Đổi tên giữ nguyên địa chỉ /the/…; xoá tag thì bỏ tag khỏi mọi bài.</p>
      <ul className="mt-4 grid gap-3 md:grid-cols-2">
        {tags.map((tag) => (
          <li key={tag.id} className="rounded border border-neutral-300 p-3">
            <p className="text-sm text-neutral-700">
              <Link href={`/the/${tag.slug}`} className="underline">
                /the/{tag.slug}
              </Link>{' '}
              · {tag.articles} bài
            </p>
            <ActionForm action={renameTagAction} submit="Đổi tên" className="mt-2 grid gap-2" label={`Đổi tên tag ${tag.name}`}>
              <input type="hidden" name="id" value={tag.id} />
              <Field name="name" label="Tên tag" defaultValue={tag.name} required />
            </ActionForm>
            <ActionForm action={deleteTagAction} submit={`Xoá tag${tag.articles ? ` (khỏi ${tag.articles} bài)` : ''}`} className="mt-2" danger label={`Xoá tag ${tag.name}`} confirm={`Xoá tag “${tag.name}”? Không thể hoàn tác.`}>
              <input type="hidden" name="id" value={tag.id} />
            </ActionForm>
          </li>
        ))}
      </ul>
    </>
  );
}
