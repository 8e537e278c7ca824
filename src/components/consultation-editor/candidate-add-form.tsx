import { addCandidateAction } from '@/app/quan-tri/consultation-actions';
import { ActionForm, CheckboxField, Field } from '@/components/admin/action-form';
import type { AwardRule } from '@/lib/consultations/award-rules';

const select = 'min-h-11 w-full rounded border border-neutral-400 bg-white px-3';

/** One candidate by hand; the taxonomy's rules are checked on the server. */
export function CandidateAddForm({ id, version, awards }: { id: number; version: number; awards: AwardRule[] }) {
  return (
    <ActionForm action={addCandidateAction} submit="Thêm vào danh sách" className="grid gap-3 md:grid-cols-2" label="Thêm một người hoặc tập thể">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <div>
        <label htmlFor="ung-vien-loai" className="text-sm font-medium">
          Loại
        </label>
        <select id="ung-vien-loai" name="kind" defaultValue="INDIVIDUAL" className={select}>
          <option value="INDIVIDUAL">Cá nhân</option>
          <option value="COLLECTIVE">Tập thể</option>
          <option value="HOUSEHOLD">Hộ gia đình</option>
        </select>
      </div>
      <Field name="name" label="Họ và tên / Tên tập thể" required />
      <Field name="jobTitle" label="Chức vụ" />
      <Field name="unit" label="Đơn vị" />
      <Field name="commune" label="Xã, phường" />
      <div>
        <label htmlFor="ung-vien-hinh-thuc" className="text-sm font-medium">
          Hình thức khen thưởng
        </label>
        <select id="ung-vien-hinh-thuc" name="awardTypeId" defaultValue="" className={select}>
          <option value="">— Chọn —</option>
          {awards.map((award) => (
            <option key={award.id} value={award.id}>
              {award.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="ung-vien-hang" className="text-sm font-medium">
          Hạng
        </label>
        <select id="ung-vien-hang" name="awardClass" defaultValue="" className={select}>
          <option value="">Không chia hạng</option>
          <option value="Nhất">Hạng Nhất</option>
          <option value="Nhì">Hạng Nhì</option>
          <option value="Ba">Hạng Ba</option>
        </select>
      </div>
      <CheckboxField name="posthumous" label="Truy tặng" />
      <div className="md:col-span-2">
        <Field name="achievementSummary" label="Tóm tắt thành tích (tối đa 1.000 ký tự)" />
      </div>
    </ActionForm>
  );
}
