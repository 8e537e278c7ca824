import { PHASE_LABELS, type Phase } from '@/lib/consultations/public-rule';

const STYLES: Record<Phase, string> = {
  upcoming: 'border-neutral-400 bg-neutral-50 text-neutral-800',
  open: 'border-green-700 bg-green-50 text-green-900',
  closed: 'border-neutral-500 bg-neutral-100 text-neutral-800',
  concluded: 'border-brand-700 bg-brand-50 text-brand-800',
};

export function PhaseBadge({ phase }: { phase: Phase }) {
  return <span className={`inline-block rounded border px-2 py-0.5 text-sm font-medium ${STYLES[phase]}`}>{PHASE_LABELS[phase]}</span>;
}
