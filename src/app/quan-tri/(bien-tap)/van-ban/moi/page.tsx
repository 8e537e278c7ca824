import { createDocumentAction } from '@/app/quan-tri/document-actions';
import { ActionForm } from '@/components/admin/action-form';
import { DocumentFields } from '@/components/document-editor/document-fields';
import { requireActor } from '@/lib/auth/session';
import { vietnamDateOf } from '@/lib/consultations/working-days';

export const metadata = { title: 'Nhập văn bản' };

export default async function NewDocumentPage() {
  await requireActor('/quan-tri/van-ban/moi', 'document.create');
  const today = vietnamDateOf(new Date()).split('-').reverse().join('/');
  return (
    <>
      <h1 className="text-2xl font-bold">Nhập văn bản</h1>
      <p className="mt-1 text-sm text-neutral-700">Lưu bản nháp trước; sau đó tải lên tệp văn bản (PDF hoặc DOCX), thêm văn bản được thay thế, sửa đổi hoặc hướng dẫn, rồi gửi duyệt.</p>
      <ActionForm action={createDocumentAction} submit="Lưu bản nháp" className="mt-4 grid gap-4 md:grid-cols-2">
        <DocumentFields
          defaults={{ number: '', type: 'DECISION', issuer: '', signerName: '', signerTitle: '', issuedOn: today, effectiveFrom: today, effectiveTo: '', summary: '', field: 'Thi đua, khen thưởng', scope: 'PROVINCIAL', externalUrl: '' }}
        />
      </ActionForm>
    </>
  );
}
