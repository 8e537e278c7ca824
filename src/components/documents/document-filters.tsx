import { DOCUMENT_TYPES, TYPE_LABELS, TYPE_SLUGS } from '@/lib/documents/document-labels';
import { documentParams, type DocumentQuery } from '@/lib/documents/document-query';
import { VALIDITY_LABELS, VALIDITY_SLUGS, type Validity } from '@/lib/documents/validity';

const field = 'mt-1 block min-h-11 w-full rounded border border-neutral-500 bg-white px-3 text-base';
const label = 'block text-sm font-semibold';

/** The register's search: a plain GET form (works without a script), every filter a labelled control. */
export function DocumentFilters({ query, issuers, years }: { query: DocumentQuery; issuers: string[]; years: number[] }) {
  const values = documentParams(query);
  return (
    <form method="get" action="/van-ban" role="search" aria-label="Tìm văn bản" className="mt-4 rounded border border-neutral-300 bg-neutral-50 p-4">
      <label htmlFor="van-ban-q" className={label}>
        Số ký hiệu hoặc từ khóa
      </label>
      <p id="van-ban-q-goi-y" className="text-sm text-neutral-700">
        Ví dụ: 98/2023, nghị định 98, khen thưởng đột xuất. Tìm cả trong nội dung tệp văn bản.
      </p>
      <div className="mt-1 flex gap-2">
        <input id="van-ban-q" name="q" type="search" defaultValue={values.q} maxLength={200} aria-describedby="van-ban-q-goi-y" className={`${field} mt-0`} />
        <button type="submit" className="min-h-11 shrink-0 rounded bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800">
          Tìm
        </button>
      </div>
      <div className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <div>
          <label htmlFor="van-ban-loai" className={label}>
            Loại văn bản
          </label>
          <select id="van-ban-loai" name="loai" defaultValue={values.loai} className={field}>
            <option value="">Tất cả</option>
            {DOCUMENT_TYPES.map((type) => (
              <option key={type} value={TYPE_SLUGS[type]}>
                {TYPE_LABELS[type]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="van-ban-co-quan" className={label}>
            Cơ quan ban hành
          </label>
          <select id="van-ban-co-quan" name="co-quan" defaultValue={values['co-quan']} className={field}>
            <option value="">Tất cả</option>
            {issuers.map((issuer) => (
              <option key={issuer} value={issuer}>
                {issuer}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="van-ban-nam" className={label}>
            Năm ban hành
          </label>
          <select id="van-ban-nam" name="nam" defaultValue={values.nam} className={field}>
            <option value="">Tất cả</option>
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="van-ban-tinh-trang" className={label}>
            Tình trạng hiệu lực
          </label>
          <select id="van-ban-tinh-trang" name="tinh-trang" defaultValue={values['tinh-trang']} className={field}>
            <option value="">Tất cả</option>
            {(Object.keys(VALIDITY_LABELS) as Validity[]).map((validity) => (
              <option key={validity} value={VALIDITY_SLUGS[validity]}>
                {VALIDITY_LABELS[validity]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button type="submit" className="mt-3 min-h-11 rounded border border-brand-700 px-4 font-semibold text-brand-700 hover:bg-brand-50">
        Lọc
      </button>
    </form>
  );
}
