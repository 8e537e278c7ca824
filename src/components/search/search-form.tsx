import type { SectionInfo } from '@/lib/content/sections';
import type { SearchRequest } from '@/lib/search/search-params';

const field = 'min-h-11 w-full rounded border border-neutral-400 bg-white px-3 text-[15px]';

/** The search page's form: words, section, date range (dd/MM/yyyy); a plain GET form. */
export function SearchForm({ request, sections }: { request: SearchRequest; sections: SectionInfo[] }) {
  return (
    <form action="/tim-kiem" method="get" role="search" aria-label="Tìm kiếm nâng cao" className="mt-4 grid gap-3 rounded border border-neutral-200 bg-neutral-50 p-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <label htmlFor="tk-q" className="mb-1 block text-sm font-medium">
          Từ khóa
        </label>
        <input id="tk-q" name="q" type="search" defaultValue={request.q.slice(0, 200)} maxLength={200} className={field} />
      </div>
      <div>
        <label htmlFor="tk-muc" className="mb-1 block text-sm font-medium">
          Chuyên mục
        </label>
        <select id="tk-muc" name="chuyen-muc" defaultValue={request.section ?? ''} className={field}>
          <option value="">Tất cả chuyên mục</option>
          {sections.map((section) => (
            <option key={section.slug} value={section.slug}>
              {section.name}
            </option>
          ))}
        </select>
      </div>
      <div className="grid grid-cols-2 gap-3">
        <div>
          <label htmlFor="tk-tu" className="mb-1 block text-sm font-medium">
            Từ ngày
          </label>
          <input id="tk-tu" name="tu-ngay" defaultValue={request.fromText} placeholder="dd/mm/yyyy" inputMode="numeric" maxLength={10} className={field} />
        </div>
        <div>
          <label htmlFor="tk-den" className="mb-1 block text-sm font-medium">
            Đến ngày
          </label>
          <input id="tk-den" name="den-ngay" defaultValue={request.toText} placeholder="dd/mm/yyyy" inputMode="numeric" maxLength={10} className={field} />
        </div>
      </div>
      {request.tag && <input type="hidden" name="the" value={request.tag} />}
      <div className="sm:col-span-2">
        <button type="submit" className="min-h-11 rounded bg-brand-700 px-5 font-medium text-white hover:bg-brand-800">
          Tìm kiếm
        </button>
      </div>
    </form>
  );
}
