import { UnitImport } from '@/components/decision-editor/unit-import';
import { requireActor } from '@/lib/auth/session';
import { listUnits } from '@/lib/awards/unit-admin';
import { UNIT_HEADERS } from '@/lib/awards/unit-import';
import { editorContext } from '@/lib/editor/run-action';
import { formatVietnamDate } from '@/lib/text/dates';

export const metadata = { title: 'Xã, phường' };

export default async function UnitsPage() {
  await requireActor('/quan-tri/dia-gioi', 'awards.manage');
  const units = await listUnits(await editorContext());
  const current = units.filter((unit) => !unit.validTo);
  const formerOf = (code: string) => units.filter((unit) => unit.mergedIntoCode === code);
  return (
    <>
      <h1 className="text-2xl font-bold">Xã, phường (địa giới hành chính)</h1>
      <p className="mt-1 text-sm text-neutral-700">
        Danh mục dùng cho tra cứu khen thưởng: các xã, phường hiện nay và các đơn vị cũ đã sáp nhập vào từng đơn vị. Khen thưởng ghi theo địa bàn tại thời điểm khen, tìm được bằng cả tên cũ và tên mới.
      </p>
      <div className="mt-4">
        <UnitImport columns={UNIT_HEADERS} />
      </div>
      <table className="mt-6 w-full border-collapse text-sm">
        <caption className="mb-2 text-left font-bold">
          {current.length} đơn vị hiện nay, {units.length - current.length} đơn vị cũ
        </caption>
        <thead>
          <tr className="border-b-2 border-neutral-400 text-left">
            <th scope="col" className="px-2 py-1">Mã</th>
            <th scope="col" className="px-2 py-1">Tên hiện nay</th>
            <th scope="col" className="px-2 py-1">Các đơn vị cũ sáp nhập vào</th>
            <th scope="col" className="px-2 py-1">Số lần khen thưởng ghi tên</th>
          </tr>
        </thead>
        <tbody>
          {current.map((unit) => (
            <tr key={unit.code} className="border-b border-neutral-200 align-top">
              <td className="px-2 py-1">{unit.code}</td>
              <th scope="row" className="px-2 py-1 text-left font-medium">
                {unit.name}
              </th>
              <td className="px-2 py-1">
                {formerOf(unit.code)
                  .map((former) => `${former.name} (${former.code}, đến ${former.validTo ? formatVietnamDate(former.validTo) : '?'})`)
                  .join('; ') || '—'}
              </td>
              <td className="px-2 py-1">{(unit._count.grants + formerOf(unit.code).reduce((sum, former) => sum + former._count.grants, 0)).toLocaleString('vi-VN')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
