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

export function pageHref(basePath: string, page: number) {
  return page === 1 ? basePath : `${basePath}?trang=${page}`;
}

export function Pagination({ basePath, page, count }: { basePath: string; page: number; count: number }) {
  if (count <= 1) return null;
  const link = 'inline-flex min-w-11 min-h-11 items-center justify-center rounded border px-3';
  return (
    <nav aria-label="Phân trang" className="no-print mt-8">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 && (
          <li>
            <Link href={pageHref(basePath, page - 1)} rel="prev" className={`${link} border-neutral-300 hover:bg-brand-50`}>
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
                href={pageHref(basePath, p)}
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
            <Link href={pageHref(basePath, page + 1)} rel="next" className={`${link} border-neutral-300 hover:bg-brand-50`}>
              Trang sau ›
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
