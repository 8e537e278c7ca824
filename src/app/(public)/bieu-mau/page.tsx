import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { attachmentUrl, fileTypeLabel } from '@/lib/content/attachment-files';
import { documentTitle } from '@/lib/documents/document-labels';
import { getPublicForms, lastUpdate } from '@/lib/documents/public-library';
import { formatVietnamTime } from '@/lib/text/dates';
import { formatBytes } from '@/lib/text/format';

export const revalidate = 3600;

export const metadata: Metadata = {
  title: 'Biểu mẫu',
  description: 'Biểu mẫu thi đua, khen thưởng: báo cáo thành tích, tờ trình, danh sách đề nghị, tải về dạng DOCX hoặc PDF, kèm văn bản ban hành.',
  alternates: { canonical: '/bieu-mau' },
};

export default async function FormsPage() {
  const forms = await getPublicForms();
  const updated = lastUpdate(forms);
  return (
    <div className="max-w-5xl">
      <Breadcrumb items={[{ label: 'Trang chủ', href: '/' }, { label: 'Biểu mẫu' }]} />
      <h1 className="mt-3 border-b-2 border-brand-700 pb-2 text-2xl font-bold text-brand-700">Biểu mẫu</h1>
      <p className="mt-3 text-[15px]">
        Các mẫu văn bản dùng trong hồ sơ đề nghị khen thưởng. Hồ sơ thủ tục hành chính nộp trực tuyến theo hướng dẫn tại trang{' '}
        <Link href="/thu-tuc-hanh-chinh" className="text-brand-700 underline underline-offset-2">
          Thủ tục hành chính
        </Link>
        .
      </p>
      {forms.length === 0 ? (
        <p className="mt-4">Chưa có biểu mẫu nào.</p>
      ) : (
        <table className="mt-4 w-full border-collapse text-[15px]">
          <caption className="sr-only">Danh sách biểu mẫu: ký hiệu, tên, văn bản ban hành và tệp tải về</caption>
          <thead className="max-sm:sr-only">
            <tr className="border-b-2 border-neutral-400 text-left">
              <th scope="col" className="px-2 py-2">Ký hiệu</th>
              <th scope="col" className="px-2 py-2">Tên biểu mẫu</th>
              <th scope="col" className="px-2 py-2">Văn bản ban hành</th>
              <th scope="col" className="px-2 py-2">Tải về</th>
            </tr>
          </thead>
          <tbody>
            {forms.map((form) => (
              <tr key={form.id} id={`mau-${form.id}`} className="border-b border-neutral-200 align-top max-sm:block max-sm:py-2">
                <th scope="row" className="px-2 py-2 text-left font-semibold max-sm:block max-sm:py-0">
                  {form.code}
                </th>
                <td className="px-2 py-2 max-sm:block max-sm:py-0">{form.title}</td>
                <td className="px-2 py-2 max-sm:block max-sm:py-0">
                  {form.source ? (
                    <Link href={`/van-ban/${form.source.slug}`} className="text-brand-700 underline underline-offset-2">
                      {documentTitle(form.source)}
                    </Link>
                  ) : (
                    '—'
                  )}
                </td>
                <td className="px-2 py-2 max-sm:block max-sm:py-1">
                  <ul>
                    {form.files.map((file) => (
                      <li key={file.id}>
                        <a href={attachmentUrl(file)} download className="font-medium text-brand-700 underline underline-offset-2">
                          {file.title}
                        </a>{' '}
                        <span className="text-sm text-neutral-700">
                          ({fileTypeLabel(file.mime, file.fileName)}, {formatBytes(file.bytes)})
                        </span>
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {updated && <p className="mt-6 text-sm text-neutral-700">Cập nhật lúc {formatVietnamTime(updated)}</p>}
    </div>
  );
}
