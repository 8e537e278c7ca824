import type { PublicAward } from '@/lib/awards/public-awards';
import { registerParams, type RegisterQuery } from '@/lib/awards/register-query';
import type { UnitRef } from '@/lib/awards/units';

type Props = {
  query: RegisterQuery;
  awards: PublicAward[];
  units: UnitRef[];
  years: number[];
  /** The statistics page uses the same filters, without the name. */
  action?: '/tra-cuu-khen-thuong' | '/thong-ke-khen-thuong';
};

const field = 'mt-1 block min-h-11 w-full rounded border border-neutral-500 bg-white px-3 text-base';
const label = 'block text-sm font-semibold';

/** The register's search: a plain GET form (works without a script), every filter a labelled control. */
export function RegisterForm({ query, awards, units, years, action = '/tra-cuu-khen-thuong' }: Props) {
  const withName = action === '/tra-cuu-khen-thuong';
  const values = registerParams(query);
  const current = units.filter((unit) => !unit.validTo && (unit.type === 'COMMUNE' || unit.type === 'WARD' || unit.type === 'SPECIAL_ZONE'));
  const former = units.filter((unit) => unit.validTo && unit.mergedIntoCode);
  const byCode = new Map(units.map((unit) => [unit.code, unit]));
  return (
    <form method="get" action={action} role="search" aria-label={withName ? 'Tra cứu khen thưởng' : 'Lọc số liệu thống kê'} className="mt-4 rounded border border-neutral-300 bg-neutral-50 p-4">
      {withName && (
        <>
          <label htmlFor="tra-cuu-ten" className={label}>
            Họ và tên cá nhân, tên tập thể
          </label>
          <p id="tra-cuu-ten-goi-y" className="text-sm text-neutral-700">
            Gõ có dấu hoặc không dấu, ví dụ: nguyen van a. Gõ tên hình thức (ví dụ: huan chuong lao dong hang ba) để lọc theo hình thức.
          </p>
          <div className="mt-1 flex gap-2">
            <input id="tra-cuu-ten" name="q" type="search" defaultValue={values.q} maxLength={200} aria-describedby="tra-cuu-ten-goi-y" className={`${field} mt-0`} />
            <button type="submit" className="min-h-11 shrink-0 rounded bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800">
              Tra cứu
            </button>
          </div>
        </>
      )}
      <details className={withName ? 'mt-3' : ''} open={!withName || Boolean(values['hinh-thuc'] || values.hang || values.nam || values.xa || values['doi-tuong'] || values.cap)}>
        <summary className="cursor-pointer py-2 font-semibold text-brand-700">Lọc theo hình thức, năm, địa bàn</summary>
        <div className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          <div className="sm:col-span-2">
            <label htmlFor="tra-cuu-hinh-thuc" className={label}>
              Hình thức khen thưởng
            </label>
            <select id="tra-cuu-hinh-thuc" name="hinh-thuc" defaultValue={values['hinh-thuc']} className={field}>
              <option value="">Tất cả</option>
              {awards.map((award) => (
                <option key={award.slug} value={award.slug}>
                  {award.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="tra-cuu-hang" className={label}>
              Hạng
            </label>
            <select id="tra-cuu-hang" name="hang" defaultValue={values.hang} className={field}>
              <option value="">Tất cả</option>
              {['Nhất', 'Nhì', 'Ba'].map((c) => (
                <option key={c} value={c}>
                  Hạng {c}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="tra-cuu-nam" className={label}>
              Năm quyết định
            </label>
            <select id="tra-cuu-nam" name="nam" defaultValue={values.nam} className={field}>
              <option value="">Tất cả</option>
              {years.map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
          </div>
          <div className="sm:col-span-2">
            <label htmlFor="tra-cuu-xa" className={label}>
              Xã, phường (tên hiện nay hoặc tên cũ)
            </label>
            <select id="tra-cuu-xa" name="xa" defaultValue={values.xa} className={field}>
              <option value="">Tất cả</option>
              <optgroup label="Xã, phường hiện nay">
                {current.map((unit) => (
                  <option key={unit.code} value={unit.code}>
                    {unit.name}
                  </option>
                ))}
              </optgroup>
              {former.length > 0 && (
                <optgroup label="Tên cũ, trước khi sắp xếp năm 2025">
                  {former.map((unit) => (
                    <option key={unit.code} value={unit.code}>
                      {unit.name} (nay là {byCode.get(unit.mergedIntoCode!)?.name ?? ''})
                    </option>
                  ))}
                </optgroup>
              )}
            </select>
          </div>
          <div>
            <label htmlFor="tra-cuu-doi-tuong" className={label}>
              Đối tượng
            </label>
            <select id="tra-cuu-doi-tuong" name="doi-tuong" defaultValue={values['doi-tuong']} className={field}>
              <option value="">Tất cả</option>
              <option value="ca-nhan">Cá nhân</option>
              <option value="tap-the">Tập thể</option>
              <option value="ho-gia-dinh">Hộ gia đình</option>
            </select>
          </div>
          <div>
            <label htmlFor="tra-cuu-cap" className={label}>
              Cấp khen thưởng
            </label>
            <select id="tra-cuu-cap" name="cap" defaultValue={values.cap} className={field}>
              <option value="">Tất cả</option>
              <option value="nha-nuoc">Nhà nước</option>
              <option value="tinh">Cấp tỉnh</option>
              <option value="co-so">Cơ sở</option>
            </select>
          </div>
        </div>
        <p className="mt-3">
          <button type="submit" className="min-h-11 rounded bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800">
            Lọc kết quả
          </button>
        </p>
      </details>
    </form>
  );
}
