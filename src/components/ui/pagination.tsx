import Link from 'next/link';

/** The page numbers to show: first, last, and two either side of the current one. */
export function pageWindow(page: number, count: number): (number | 'gap')[] {
  const pages = new Set([1, count, page - 2, page - 1, page, page + 1, page + 2]);
  const sorted = [...pages].filter((p) => p >= 1 && p <= count).sort((a, b) => a - b);
  const out: (number | 'gap')[] = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1] > 1) out.push('gap');
    out.push(p);
  });
  return out;
}

/** The URL of page `page`, keeping the other query parameters (e.g. a search's). */
export function pageHref(basePath: string, page: number, params: Record<string, string> = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, value]) => value !== ''));
  if (page > 1) query.set('trang', String(page));
  const text = query.toString();
  return text ? `${basePath}?${text}` : basePath;
}

type Props = { basePath: string; page: number; count: number; params?: Record<string, string> };

export function Pagination({ basePath, page, count, params }: Props) {
  if (count <= 1) return null;
  const link = 'inline-flex min-w-11 min-h-11 items-center justify-center rounded border px-3';
  return (
    <nav aria-label="Phân trang" className="no-print mt-8">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 && (
          <li>
            <Link href={pageHref(basePath, page - 1, params)} rel="prev" className={`${link} border-neutral-300 hover:bg-brand-50`}>
              ‹ Trang trước
            </Link>
          </li>
        )}
        {pageWindow(page, count).map((p, i) =>
          p === 'gap' ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1">
              …
            </li>
          ) : (
            <li key={p}>
              <Link
                href={pageHref(basePath, p, params)}
                aria-label={`Trang ${p}`}
                aria-current={p === page ? 'page' : undefined}
                className={`${link} ${p === page ? 'border-brand-700 bg-brand-700 text-white' : 'border-neutral-300 hover:bg-brand-50'}`}
              >
                {p}
              </Link>
            </li>
          ),
        )}
        {page < count && (
          <li>
            <Link href={pageHref(basePath, page + 1, params)} rel="next" className={`${link} border-neutral-300 hover:bg-brand-50`}>
              Trang sau ›
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
