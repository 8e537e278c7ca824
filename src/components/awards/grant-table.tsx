import Link from 'next/link';
import { RECIPIENT_LABELS } from '@/lib/consultations/award-rules';
import { formatCalendarDate } from '@/lib/consultations/working-days';
import type { RegisterRow } from '@/lib/awards/register';
import { slugify } from '@/lib/text/slug';

/** "/tra-cuu-khen-thuong/1234-nguyen-van-a": the grant's id, then its name for people to read. */
export const recipientPath = (row: { id: number; name: string }) => `/tra-cuu-khen-thuong/${row.id}-${slugify(row.name, 80)}`;

type Props = {
  rows: RegisterRow[];
  caption: string;
  /** Numbering of the first row (the register's page 3 starts at 41). */
  start?: number;
  /** In the register each row names its decision; in a decision's own list it does not. */
  showDecision?: boolean;
  /** When a heading just above already says what the caption says, screen readers alone get it. */
  captionHidden?: boolean;
  /** Each name links to the recipient's page (their awards over the years); not on that page itself. */
  linkNames?: boolean;
};

const capital = (text: string) => text.replace(/^./, (c) => c.toUpperCase());

/**
 * Grants as a real table (caption, column and row headers) a screen reader can walk; on a
 * phone each row stacks into a card with each cell's header before it. Only what the
 * grant's publication level allows is here (register.ts publicRow).
 */
export function GrantTable({ rows, caption, start = 1, showDecision = true, captionHidden = false, linkNames = true }: Props) {
  const cell = 'block px-3 py-1 md:table-cell md:py-2 md:align-top';
  return (
    <table className="card-table mt-3 w-full border-collapse text-[15px]" data-grant-table="">
      <caption className={captionHidden ? 'sr-only' : 'mb-2 text-left text-base font-bold'}>{caption}</caption>
      <thead className="sr-only md:not-sr-only">
        <tr className="border-b-2 border-brand-700 text-left">
          <th scope="col" className="px-3 py-2">TT</th>
          <th scope="col" className="px-3 py-2">Họ và tên / Tên tập thể</th>
          <th scope="col" className="px-3 py-2">Chức vụ, đơn vị</th>
          <th scope="col" className="px-3 py-2">Xã, phường</th>
          <th scope="col" className="px-3 py-2">Hình thức khen thưởng</th>
          {showDecision && <th scope="col" className="px-3 py-2">Quyết định</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={row.id} className="block border-b border-neutral-200 py-2 md:table-row md:py-0">
            <td data-label="TT" className={cell}>
              {start + index}
            </td>
            <th scope="row" className={`${cell} text-left font-semibold`}>
              {linkNames ? (
                <Link href={recipientPath(row)} className="text-neutral-900 underline decoration-neutral-400 underline-offset-2 hover:text-brand-700">
                  {row.name}
                </Link>
              ) : (
                row.name
              )}
              {row.profileSlug && (
                <Link href={`/guong-dien-hinh/${row.profileSlug}`} aria-label={`Gương điển hình: ${row.name}`} className="block text-sm font-normal text-brand-700 underline underline-offset-2">
                  Gương điển hình
                </Link>
              )}
              <span className="block text-sm font-normal text-neutral-700">
                {capital(RECIPIENT_LABELS[row.kind])}
                {row.posthumous ? ' – truy tặng' : ''}
              </span>
            </th>
            <td data-label="Chức vụ, đơn vị" className={cell}>
              {[row.jobTitle, row.unit].filter(Boolean).join(', ')}
            </td>
            <td data-label="Xã, phường" className={cell}>
              {row.commune ?? ''}
            </td>
            <td data-label="Hình thức" className={cell}>
              <Link href={`/danh-hieu-khen-thuong/${row.awardSlug}`} className="text-brand-700 underline underline-offset-2">
                {row.award}
              </Link>
              {row.citation && <span className="block text-sm text-neutral-800">{row.citation}</span>}
            </td>
            {showDecision && (
              <td data-label="Quyết định" className={cell}>
                <Link href={`/quyet-dinh-khen-thuong/${row.decision.slug}`} className="text-brand-700 underline underline-offset-2">
                  Số {row.decision.number}
                </Link>
                <span className="block text-sm text-neutral-700">ngày {formatCalendarDate(row.decision.issuedOn)}</span>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
