import type { RevisionKind } from '@/generated/prisma/enums';

/** What made a revision, as the version list names it, with the colour of its badge. */
export const REVISION_LABELS: Record<RevisionKind, { label: string; tone: string }> = {
  CREATE: { label: 'Tạo bài', tone: 'bg-neutral-100 text-neutral-800' },
  AUTOSAVE: { label: 'Tự lưu', tone: 'bg-neutral-50 text-neutral-600 border border-neutral-300' },
  SAVE: { label: 'Lưu', tone: 'bg-blue-50 text-blue-900' },
  RESTORE: { label: 'Khôi phục', tone: 'bg-purple-50 text-purple-900' },
  SUBMIT: { label: 'Gửi duyệt', tone: 'bg-amber-50 text-amber-900' },
  RETURN: { label: 'Trả lại', tone: 'bg-orange-100 text-orange-900' },
  PUBLISH: { label: 'Duyệt đăng', tone: 'bg-green-100 text-green-900' },
  SCHEDULE: { label: 'Duyệt, hẹn giờ', tone: 'bg-green-50 text-green-900' },
  FORCE_PUBLISH: { label: 'Đăng không qua duyệt', tone: 'bg-green-100 text-green-900' },
  WITHDRAW: { label: 'Gỡ bài', tone: 'bg-red-100 text-red-900' },
  CORRECTION: { label: 'Sửa chữa nhỏ, tự đăng', tone: 'bg-amber-100 text-amber-900' },
};
