import { VALIDITY_LABELS, type Validity } from '@/lib/documents/validity';

const STYLES: Record<Validity, string> = {
  NOT_YET: 'border-amber-700 bg-amber-50 text-amber-950',
  IN_FORCE: 'border-green-800 bg-green-50 text-green-950',
  PARTLY_EXPIRED: 'border-orange-800 bg-orange-50 text-orange-950',
  EXPIRED: 'border-red-800 bg-red-50 text-red-950',
};

/** The validity in words (never by colour alone). */
export function ValidityBadge({ validity }: { validity: Validity }) {
  return <span className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold ${STYLES[validity]}`}>{VALIDITY_LABELS[validity]}</span>;
}
