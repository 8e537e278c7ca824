import { deleteSectionAction, saveSectionAction } from '@/app/quan-tri/admin-actions';
import { ActionForm, Field } from '@/components/admin/action-form';
import { requireActor } from '@/lib/auth/session';
import { db } from '@/lib/db';

export const metadata = { title: 'Chuyên mục' };

export default async function SectionsPage() {
  const actor = await requireActor('/quan-tri/chuyen-muc', 'section.manage');
  const sections = await db.section.findMany({ orderBy: [{ position: 'asc' }, { id: 'asc' }], include: { _count: { select: { articles: true } } } });
  return (
    <>
      <h1 className="text-2xl font-bold">Chuyên mục</h1>
      <div className="mt-4 grid gap-6 lg:grid-cols-[minmax(0,1fr)_340px]">
        <ul className="grid gap-4">
          {sections.map((section) => (
            <li key={section.id} className="rounded border border-neutral-300 p-4">
              <p className="font-bold">
                {section.name} <span className="font-normal text-neutral-700">· {section._count.articles} bài</span>
              </p>
              <ActionForm action={saveSectionAction} submit="Lưu" className="mt-3 grid gap-3 md:grid-cols-2" label={`Sửa chuyên mục ${section.name}`}>
                <input type="hidden" name="id" value={section.id} />
                <Field name="name" label="Tên" defaultValue={section.name} required />
                <Field name="slug" label="Đường dẫn (/chuyen-muc/…)" defaultValue={section.slug} hint="Đổi đường dẫn làm địa chỉ cũ không còn dùng được." />
                <Field name="description" label="Mô tả" defaultValue={section.description} />
                <Field name="position" label="Thứ tự" type="number" defaultValue={section.position} />
              </ActionForm>
              {section._count.articles === 0 && (
                <ActionForm action={deleteSectionAction} submit="Xoá chuyên mục" className="mt-2" danger confirm={`Xoá chuyên mục “${section.name}”?`}>
                  <input type="hidden" name="id" value={section.id} />
                </ActionForm>
              )}
            </li>
          ))}
        </ul>
        <section aria-labelledby="them-chuyen-muc" className="h-fit rounded border border-neutral-300 p-4">
          <h2 id="them-chuyen-muc" className="text-lg font-bold">
            Thêm chuyên mục
          </h2>
          <ActionForm action={saveSectionAction} submit="Thêm" className="mt-3 grid gap-3">
            <Field name="name" label="Tên" required />
            <Field name="slug" label="Đường dẫn" hint="Để trống: tạo từ tên." />
            <Field name="description" label="Mô tả" />
            <Field name="position" label="Thứ tự" type="number" defaultValue={sections.length} />
          </ActionForm>
        </section>
      </div>
    </>
  );
}
