import Link from 'next/link';
import type { ConsultationListItem } from '@/lib/consultations/public-consultations';
import { phaseOf } from '@/lib/consultations/public-rule';
import { formatCalendarDate, workingDaysLeft, type WorkingCalendar } from '@/lib/consultations/working-days';
import { formatVietnamDate } from '@/lib/text/dates';
import { DeadlineLine } from './deadline-line';
import { PhaseBadge } from './phase-badge';

type Props = { items: ConsultationListItem[]; calendar: WorkingCalendar; now: Date; headingLevel?: 'h2' | 'h3'; linked?: boolean };

/** Consultations as a list: title, award(s), how many candidates, and the window as dates. */
export function ConsultationList({ items, calendar, now, headingLevel = 'h3', linked = true }: Props) {
  const Heading = headingLevel;
  return (
    <ul className="divide-y divide-neutral-200">
      {items.map((item) => {
        const phase = phaseOf(item, now);
        return (
          <li key={item.slug} className="py-4">
            <div className="flex flex-wrap items-center gap-2">
              <PhaseBadge phase={phase} />
              <span className="text-sm text-neutral-700">
                {item.candidateCount} cá nhân, tập thể · {item.awards.join('; ')}
              </span>
            </div>
            <Heading className="mt-1.5 text-lg leading-snug font-bold">
              {linked ? (
                <Link href={`/lay-y-kien/${item.slug}`} className="hover:text-brand-700 hover:underline">
                  {item.title}
                </Link>
              ) : (
                item.title
              )}
            </Heading>
            {phase === 'upcoming' ? (
              <p className="mt-1 text-[15px] text-neutral-800">
                Mở lấy ý kiến từ ngày {formatVietnamDate(item.opensAt)}, hết ngày {formatCalendarDate(item.closesOn)}
              </p>
            ) : (
              <DeadlineLine className="mt-1 text-[15px] text-neutral-800" closesOn={item.closesOn} phase={phase} workingDaysLeft={workingDaysLeft(calendar, now, item.closesOn)} />
            )}
          </li>
        );
      })}
    </ul>
  );
}
