import { formatVietnamTime, isoVietnam } from '@/lib/text/dates';

/** <time datetime="2024-04-27T16:43:00+07:00">16:43 27/04/2024</time> */
export function VietnamTime({ value, className }: { value: string | Date; className?: string }) {
  return (
    <time dateTime={isoVietnam(value)} className={className}>
      {formatVietnamTime(value)}
    </time>
  );
}
