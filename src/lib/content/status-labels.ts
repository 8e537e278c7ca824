import type { ArticleStatus } from '@/generated/prisma/enums';

export const STATUS_LABELS: Record<ArticleStatus, string> = {
  DRAFT: 'Nháp',
  SUBMITTED: 'Chờ duyệt',
  RETURNED: 'Trả lại',
  SCHEDULED: 'Hẹn giờ',
  PUBLISHED: 'Đã đăng',
  WITHDRAWN: 'Đã gỡ',
};
