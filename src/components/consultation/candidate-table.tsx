import Link from 'next/link';
import type { PublicCandidate } from '@/lib/consultations/public-consultations';
import { RECIPIENT_LABELS } from '@/lib/consultations/award-rules';

export function awardLabel(candidate: Pick<PublicCandidate, 'award' | 'awardClass'>) {
  return candidate.awardClass ? `${candidate.award.name} hạng ${candidate.awardClass}` : candidate.award.name;
}

type Props = { candidates: PublicCandidate[]; caption: string; linkAwards?: boolean; commentHref?: (candidateId: number) => string };

/**
 * The list of candidates as a real table (caption, column and row headers) that a screen
 * reader can walk; on a phone each row stacks into a card, with each cell's header shown
 * before it.
 */
export function CandidateTable({ candidates, caption, linkAwards = true, commentHref }: Props) {
  const cell = 'block px-3 py-1 md:table-cell md:py-2 md:align-top';
  return (
    <table className="card-table mt-3 w-full border-collapse text-[15px]">
      <caption className="mb-2 text-left text-base font-bold">{caption}</caption>
      <thead className="sr-only md:not-sr-only">
        <tr className="border-b-2 border-brand-700 text-left">
          <th scope="col" className="px-3 py-2">TT</th>
          <th scope="col" className="px-3 py-2">Họ và tên / Tên tập thể</th>
          <th scope="col" className="px-3 py-2">Chức vụ, đơn vị</th>
          <th scope="col" className="px-3 py-2">Xã, phường</th>
          <th scope="col" className="px-3 py-2">Hình thức đề nghị</th>
          <th scope="col" className="px-3 py-2">Tóm tắt thành tích</th>
        </tr>
      </thead>
      <tbody>
        {candidates.map((candidate, index) => {
          const withdrawn = candidate.withdrawnAt !== null;
          return (
            <tr key={candidate.id} className={`block border-b border-neutral-200 py-2 md:table-row md:py-0 ${withdrawn ? 'text-neutral-500' : ''}`}>
              <td data-label="TT" className={cell}>
                {index + 1}
              </td>
              <th scope="row" className={`${cell} text-left font-semibold`}>
                <span className={withdrawn ? 'line-through' : ''}>{candidate.name}</span>
                <span className="block text-sm font-normal text-neutral-600">
                  {RECIPIENT_LABELS[candidate.kind].replace(/^./, (c) => c.toUpperCase())}
                  {candidate.posthumous ? ' – truy tặng' : ''}
                </span>
                {withdrawn && <span className="block text-sm font-normal text-neutral-800">Đã rút khỏi danh sách{candidate.withdrawnNote ? `: ${candidate.withdrawnNote}` : ''}</span>}
                {!withdrawn && commentHref && (
                  <a
                    href={commentHref(candidate.id)}
                    aria-label={`Góp ý về ${candidate.kind === 'INDIVIDUAL' ? 'người' : 'đơn vị'} này: ${candidate.name}`}
                    className="no-print mt-1 inline-block text-sm font-normal text-brand-700 underline underline-offset-2"
                  >
                    Góp ý về {candidate.kind === 'INDIVIDUAL' ? 'người' : 'đơn vị'} này
                  </a>
                )}
              </th>
              <td data-label="Chức vụ, đơn vị" className={cell}>
                {[candidate.jobTitle, candidate.unit].filter(Boolean).join(', ')}
              </td>
              <td data-label="Xã, phường" className={cell}>
                {candidate.commune}
              </td>
              <td data-label="Hình thức đề nghị" className={cell}>
                {linkAwards ? (
                  <Link href={`/danh-hieu-khen-thuong/${candidate.award.slug}`} className="text-brand-700 underline underline-offset-2">
                    {awardLabel(candidate)}
                  </Link>
                ) : (
                  awardLabel(candidate)
                )}
              </td>
              <td data-label="Thành tích" className={`${cell} text-neutral-800`}>
                {candidate.achievementSummary}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
