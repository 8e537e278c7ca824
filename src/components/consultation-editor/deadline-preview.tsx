'use client';

import { useEffect, useRef, useState } from 'react';
import { computeDeadline, formatCalendarDate, formatShortDate, WorkingCalendar, type CalendarEntry } from '@/lib/consultations/working-days';
import { parseVietnamDateTime } from '@/lib/text/dates';

type Props = { calendar: CalendarEntry[]; floor: { days: number; basis: string; award: string } | null };

/**
 * The deadline the form's values give, computed as the server will at approval: "hết
 * ngày 12/05/2026 (bỏ qua 30/4, 1/5)", and a warning when the window is under the award's
 * legal floor. Reads the fields of the form it sits in.
 */
export function DeadlinePreview({ calendar, floor }: Props) {
  const ref = useRef<HTMLParagraphElement>(null);
  const [text, setText] = useState<{ line: string; warning: string | null }>({ line: '', warning: null });
  useEffect(() => {
    const form = ref.current?.closest('form');
    if (!form) return;
    const workCalendar = new WorkingCalendar(calendar);
    const update = () => {
      const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | null;
      const days = Number(field('workingDays')?.value);
      const typed = field('opensAt')?.value ?? '';
      const parsed = typed.trim() ? parseVietnamDateTime(typed) : new Date();
      if (!parsed || !Number.isInteger(days) || days < 1 || days > 60) {
        setText({ line: 'Nhập thời điểm mở và số ngày làm việc để xem hạn góp ý.', warning: null });
        return;
      }
      const deadline = computeDeadline(workCalendar, parsed, days, Boolean(field('countPostingDay')?.checked));
      const skipped = deadline.skipped.length ? ` (bỏ qua ${deadline.skipped.map((d) => formatShortDate(d.date)).join(', ')})` : '';
      const madeUp = deadline.madeUp.length ? `; tính cả ngày làm bù ${deadline.madeUp.map((d) => formatShortDate(d.date)).join(', ')}` : '';
      setText({
        line: `Hạn góp ý${typed.trim() ? '' : ' nếu mở ngay khi duyệt'}: hết ngày ${formatCalendarDate(deadline.closesOn)}${skipped}${madeUp}.`,
        warning: floor && days < floor.days ? `Tối thiểu ${floor.days} ngày làm việc (${floor.basis}): danh sách có ${floor.award}.` : null,
      });
    };
    update();
    form.addEventListener('input', update);
    form.addEventListener('change', update);
    return () => {
      form.removeEventListener('input', update);
      form.removeEventListener('change', update);
    };
  }, [calendar, floor]);
  return (
    <div className="rounded bg-amber-50 px-3 py-2 text-sm md:col-span-2">
      <p ref={ref} aria-live="polite" data-deadline-preview="">
        {text.line}
      </p>
      {text.warning && (
        <p role="alert" className="mt-1 font-medium text-red-800">
          {text.warning}
        </p>
      )}
    </div>
  );
}
