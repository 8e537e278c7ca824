'use client';

import { TZDate } from '@date-fns/tz';
import { useEffect, useId, useRef, useState } from 'react';
import { DayPicker } from 'react-day-picker';
import { vi } from 'react-day-picker/locale';
import 'react-day-picker/style.css';
import { formatVietnamInput, formatVietnamTime, parseVietnamDateTime, VIETNAM_TZ } from '@/lib/text/dates';
import { FieldError } from './field-error';
import { border, input } from './field-style';

type Props = { id: string; label: string; value: string; onChange: (value: string) => void; readOnly: boolean; errors?: string[] };

const pad = (n: number) => String(n).padStart(2, '0');

/** What the typed time will do, said in words under the field. */
function meaning(value: string): { text: string; invalid?: true } {
  const date = parseVietnamDateTime(value);
  if (date === null) return { text: 'Để trống: lấy lúc duyệt đăng.' };
  if (date === undefined) return { text: 'Chưa đúng dạng: nhập ngày/tháng/năm giờ:phút, ví dụ 27/04/2024 16:43.', invalid: true };
  if (date > new Date()) return { text: `Hẹn giờ: bài tự đăng lúc ${formatVietnamTime(date)}.` };
  return { text: `Tin nhập lại: bài hiển thị thời điểm ${formatVietnamTime(date)}.` };
}

/**
 * The publication time as the newsroom writes it, "dd/MM/yyyy HH:mm" in Vietnam time,
 * whatever the browser's language or time zone: typed, or picked on a Vietnamese calendar.
 */
export function DateTimeField({ id, label, value, onChange, readOnly, errors }: Props) {
  const [open, setOpen] = useState(false);
  const popover = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const parsed = parseVietnamDateTime(value) ?? null;
  const local = parsed ? new TZDate(parsed.getTime(), VIETNAM_TZ) : null;
  const said = meaning(value);

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent | KeyboardEvent) => {
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !popover.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);

  /** A new value from the calendar and the hour and minute lists. */
  const set = (day: Date | null, hour: number, minute: number) => {
    if (!day) return;
    const at = new TZDate(day.getTime(), VIETNAM_TZ);
    onChange(`${pad(at.getDate())}/${pad(at.getMonth() + 1)}/${at.getFullYear()} ${pad(hour)}:${pad(minute)}`);
  };
  const hour = local?.getHours() ?? 8;
  const minute = local?.getMinutes() ?? 0;

  return (
    <div className="relative">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          value={value}
          readOnly={readOnly}
          inputMode="numeric"
          placeholder="ngày/tháng/năm giờ:phút"
          aria-describedby={hintId}
          aria-invalid={said.invalid || errors ? true : undefined}
          onChange={(event) => onChange(event.target.value)}
          className={`${input} ${border(errors)} min-w-0 flex-1`}
        />
        {!readOnly && (
          <button type="button" aria-expanded={open} aria-controls={`${id}-lich`} onClick={() => setOpen((o) => !o)} className="shrink-0 rounded border border-neutral-400 px-3 text-sm hover:bg-neutral-100">
            Chọn…
          </button>
        )}
      </div>
      <p id={hintId} className={`mt-1 text-sm ${said.invalid ? 'text-red-800' : 'text-neutral-600'}`}>
        {said.text}
      </p>
      <FieldError id={`${id}-loi`} messages={errors} />
      {open && (
        <div ref={popover} id={`${id}-lich`} role="group" aria-label="Chọn ngày giờ đăng" className="absolute right-0 z-30 mt-1 rounded border border-neutral-300 bg-white p-3 shadow-lg">
          <DayPicker
            mode="single"
            locale={vi}
            timeZone={VIETNAM_TZ}
            weekStartsOn={1}
            captionLayout="dropdown"
            startMonth={new Date(2000, 0)}
            endMonth={new Date(new Date().getFullYear() + 2, 11)}
            defaultMonth={local ?? undefined}
            selected={local ?? undefined}
            onSelect={(day) => set(day ?? null, hour, minute)}
          />
          <div className="flex flex-wrap items-center gap-2 border-t border-neutral-200 pt-2 text-sm">
            <label htmlFor={`${id}-gio`}>Giờ</label>
            <select id={`${id}-gio`} value={hour} disabled={!local} onChange={(event) => set(local, Number(event.target.value), minute)} className="rounded border border-neutral-400 px-1 py-1">
              {Array.from({ length: 24 }, (_, h) => (
                <option key={h} value={h}>
                  {pad(h)}
                </option>
              ))}
            </select>
            <label htmlFor={`${id}-phut`}>Phút</label>
            <select id={`${id}-phut`} value={minute} disabled={!local} onChange={(event) => set(local, hour, Number(event.target.value))} className="rounded border border-neutral-400 px-1 py-1">
              {Array.from({ length: 60 }, (_, m) => (
                <option key={m} value={m}>
                  {pad(m)}
                </option>
              ))}
            </select>
            <button type="button" onClick={() => onChange(formatVietnamInput(new Date()))} className="rounded border border-neutral-400 px-2 py-1">
              Bây giờ
            </button>
            <button type="button" onClick={() => onChange('')} className="rounded border border-neutral-400 px-2 py-1">
              Xoá
            </button>
            <button type="button" onClick={() => setOpen(false)} className="rounded bg-brand-700 px-3 py-1 font-bold text-white">
              Xong
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
