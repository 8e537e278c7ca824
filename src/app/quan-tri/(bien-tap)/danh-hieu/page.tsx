import { createAwardAction, updateAwardAction } from '@/app/quan-tri/award-actions';
import { ActionForm, Field } from '@/components/admin/action-form';
import { AwardFields } from '@/components/consultation-editor/award-fields';
import { requireActor } from '@/lib/auth/session';
import { CATEGORY_LABELS, getAwards } from '@/lib/awards/public-awards';

export const metadata = { title: 'Danh mục danh hiệu, khen thưởng' };

export default async function AwardTypesPage() {
  await requireActor('/quan-tri/danh-hieu', 'awards.manage');
  const awards = await getAwards();
  return (
    <>
      <h1 className="text-2xl font-bold">Danh mục danh hiệu, hình thức khen thưởng</h1>
      <p className="mt-1 max-w-3xl text-sm text-neutral-700">
        Dữ liệu theo Luật Thi đua, khen thưởng 2022 và văn bản hướng dẫn; mỗi mục ghi căn cứ và thời gian hiệu lực. Khi văn bản pháp luật thay đổi, sửa tại đây; không cần cập nhật phần mềm. Danh sách đề nghị được kiểm tra theo danh mục này.
      </p>
      <ul className="mt-4 grid gap-2">
        {awards.map((award) => (
          <li key={award.id} className="rounded border border-neutral-300">
            <details>
              <summary className="cursor-pointer px-4 py-3 font-medium">
                {award.name} <span className="font-normal text-neutral-600">· {CATEGORY_LABELS[award.category]} · {award.code}</span>
              </summary>
              <ActionForm action={updateAwardAction} submit="Lưu" className="grid gap-3 px-4 pb-4 md:grid-cols-2" label={`Sửa ${award.name}`}>
                <input type="hidden" name="id" value={award.id} />
                <AwardFields award={award} idPrefix={`a${award.id}`} />
              </ActionForm>
            </details>
          </li>
        ))}
      </ul>
      <section aria-labelledby="them-hinh-thuc" className="mt-6 rounded border border-neutral-300 p-4">
        <h2 id="them-hinh-thuc" className="text-lg font-bold">
          Thêm hình thức khen thưởng
        </h2>
        <ActionForm action={createAwardAction} submit="Thêm" className="mt-3 grid gap-3 md:grid-cols-2">
          <Field name="code" label="Mã (ví dụ HC_LAO_DONG)" required />
          <label className="grid text-sm font-medium" htmlFor="nhom-moi">
            Nhóm
            <select id="nhom-moi" name="category" defaultValue="CERTIFICATE_OF_MERIT" className="min-h-11 w-full rounded border border-neutral-400 bg-white px-3 font-normal">
              {Object.entries(CATEGORY_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <AwardFields idPrefix="moi" />
        </ActionForm>
      </section>
    </>
  );
}
