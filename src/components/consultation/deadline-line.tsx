import { formatCalendarDate } from '@/lib/consultations/working-days';
import type { Phase } from '@/lib/consultations/public-rule';

type Props = { closesOn: string; phase: Phase; workingDaysLeft: number; className?: string };

/** "Hạn góp ý: hết ngày 19/06/2026 (còn 6 ngày làm việc)": always an explicit date, never a countdown. */
export function DeadlineLine({ closesOn, phase, workingDaysLeft, className }: Props) {
  const date = formatCalendarDate(closesOn);
  if (phase === 'open') {
    const left = workingDaysLeft <= 1 ? 'hôm nay là ngày cuối' : `còn ${workingDaysLeft} ngày làm việc`;
    return (
      <p className={className}>
        <strong>Hạn góp ý:</strong> hết ngày {date} ({left})
      </p>
    );
  }
  if (phase === 'upcoming') return <p className={className}>Hạn góp ý: hết ngày {date}</p>;
  return <p className={className}>Đã hết thời hạn góp ý (hết ngày {date})</p>;
}
