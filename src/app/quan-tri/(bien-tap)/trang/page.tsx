import Link from 'next/link';
import { createPageAction, savePageSettingsAction } from '@/app/quan-tri/site-actions';
import { ActionForm, CheckboxField, Field, SelectField } from '@/components/admin/action-form';
import { requireActor } from '@/lib/auth/session';
import { STATUS_LABELS } from '@/lib/content/status-labels';
import { editorContext } from '@/lib/editor/run-action';
import { listPagesForAdmin } from '@/lib/pages/page-admin';
import { formatVietnamTime } from '@/lib/text/dates';

export const metadata = { title: 'Trang giới thiệu' };

export default async function PagesAdminPage() {
  await requireActor('/quan-tri/trang', 'settings.manage');
  const pages = await listPagesForAdmin(await editorContext());
  const translations = { '': '— Không có —', ...Object.fromEntries(pages.map((page) => [String(page.id), `/${page.path}: ${page.article.title}`])) };
  return (
    <>
      <h1 className="text-2xl font-bold">Trang giới thiệu</h1>
      <p className="mt-1 max-w-3xl text-sm text-neutral-700">
        Giới thiệu, chức năng nhiệm vụ, cơ cấu tổ chức, lãnh đạo, liên hệ và các trang tiếng Anh. Nội dung mỗi trang được soạn trong trình soạn bài viết, có lịch sử phiên bản và cần người thứ hai duyệt như bài viết; tại đây quản trị đặt địa chỉ, bản dịch và thứ tự.
      </p>
      <table className="mt-4 w-full border-collapse text-sm">
        <caption className="sr-only">Các trang giới thiệu theo ngôn ngữ và thứ tự</caption>
        <thead>
          <tr className="border-b-2 border-neutral-400 text-left">
            <th scope="col" className="px-2 py-1">Trang</th>
            <th scope="col" className="px-2 py-1">Địa chỉ</th>
            <th scope="col" className="px-2 py-1">Trạng thái</th>
            <th scope="col" className="px-2 py-1">Sửa lúc</th>
          </tr>
        </thead>
        <tbody>
          {pages.map((page) => (
            <tr key={page.id} className="border-b border-neutral-200 align-top">
              <th scope="row" className="px-2 py-1 text-left font-medium">
                <Link href={`/quan-tri/bai-viet/${page.article.id}`} className="text-brand-700 underline">
                  {page.article.title}
                </Link>
                <details className="mt-1 font-normal">
                  <summary className="cursor-pointer text-brand-700">Địa chỉ, bản dịch…</summary>
                  <ActionForm action={savePageSettingsAction} submit="Lưu" className="mt-2 grid gap-2" label={`Địa chỉ của trang ${page.article.title}`}>
                    <input type="hidden" name="id" value={page.id} />
                    <Field name="path" label="Địa chỉ" defaultValue={page.path} required />
                    <SelectField name="translationId" label="Bản dịch (ngôn ngữ kia)" options={translations} defaultValue={String(page.translationId ?? page.translatedBy?.id ?? '')} />
                    <Field name="position" label="Thứ tự" type="number" defaultValue={page.position} />
                    <CheckboxField name="contactBlock" label="Hiện thông tin liên hệ của cơ quan" defaultChecked={page.contactBlock} />
                  </ActionForm>
                </details>
              </th>
              <td className="px-2 py-1">
                <a href={`/${page.path}`} className="text-brand-700 underline">
                  /{page.path}
                </a>
                {page.locale === 'EN' ? ' (tiếng Anh)' : ''}
              </td>
              <td className="px-2 py-1">{STATUS_LABELS[page.article.status]}</td>
              <td className="px-2 py-1">{formatVietnamTime(page.article.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <section aria-labelledby="them-trang" className="mt-8 max-w-3xl rounded border border-neutral-300 p-4">
        <h2 id="them-trang" className="text-lg font-bold">
          Thêm trang
        </h2>
        <ActionForm action={createPageAction} submit="Tạo trang và soạn nội dung" className="mt-3 grid gap-3 md:grid-cols-2" label="Thêm trang">
          <Field name="title" label="Tên trang" required />
          <Field name="path" label="Địa chỉ" required hint="Ví dụ: gioi-thieu/phong-nghiep-vu hoặc en/history" />
          <SelectField name="translationId" label="Bản dịch (ngôn ngữ kia)" options={translations} defaultValue="" />
          <Field name="position" label="Thứ tự" type="number" defaultValue={(pages.length + 1) * 10} />
          <CheckboxField name="contactBlock" label="Hiện thông tin liên hệ của cơ quan" />
        </ActionForm>
      </section>
    </>
  );
}
