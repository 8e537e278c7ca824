import { formatVietnamTime } from '@/lib/text/dates';
import type { MaintenanceNotice } from '@/lib/site/maintenance';

/** The planned-maintenance notice, above every public page while a stop is planned or under way. */
export function MaintenanceBanner({ notice }: { notice: MaintenanceNotice | null }) {
  if (!notice) return null;
  return (
    <div role="region" aria-label="Thông báo bảo trì" className="no-print border-b-2 border-amber-700 bg-amber-50 text-amber-950">
      <p className="mx-auto max-w-6xl px-4 py-2 text-[15px]">
        <strong>Thông báo tạm dừng để bảo trì:</strong> cổng thông tin tạm dừng từ <time dateTime={notice.startsAt}>{formatVietnamTime(notice.startsAt)}</time>, dự kiến hoạt động trở lại lúc{' '}
        <time dateTime={notice.endsAt}>{formatVietnamTime(notice.endsAt)}</time>.{notice.message ? ` ${notice.message}` : ''}
      </p>
    </div>
  );
}
