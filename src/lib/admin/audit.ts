import 'server-only';
import { assertCan } from '@/lib/auth/permissions';
import { STATUS_LABELS } from '@/lib/content/status-labels';
import { db } from '@/lib/db';
import type { EditorContext } from '@/lib/editor/context';
import { PAGE_SIZE, pageCount } from '@/lib/text/pagination';

// The audit log, read by the editorial board and administrators: who did what, when,
// from which address.

export const AUDIT_LABELS: Record<string, string> = {
  'article.create': 'Tạo bài',
  'article.update': 'Sửa bài',
  'article.submit': 'Gửi duyệt',
  'article.return': 'Trả lại',
  'article.publish': 'Duyệt đăng',
  'article.forcePublish': 'Đăng không qua duyệt',
  'article.withdraw': 'Gỡ bài',
  'article.scheduledPublish': 'Tự đăng theo giờ hẹn',
  'article.restore': 'Khôi phục phiên bản',
  'article.delete': 'Xoá bản nháp',
  'media.upload': 'Tải ảnh lên',
  'attachment.upload': 'Tải tệp lên',
  'tag.update': 'Sửa tag',
  'tag.delete': 'Xoá tag',
  'user.create': 'Tạo tài khoản',
  'user.update': 'Sửa tài khoản',
  'user.resetPassword': 'Đặt lại mật khẩu',
  'user.changePassword': 'Đổi mật khẩu',
  'section.create': 'Tạo chuyên mục',
  'section.update': 'Sửa chuyên mục',
  'section.delete': 'Xoá chuyên mục',
  'settings.update': 'Sửa cài đặt',
  'settings.security': 'Sửa quy định bảo mật',
  'auth.signIn': 'Đăng nhập',
  'auth.signOut': 'Đăng xuất',
  'auth.failure': 'Đăng nhập sai',
  'auth.throttled': 'Bị làm chậm đăng nhập',
  'auth.throttleCleared': 'Gỡ làm chậm đăng nhập',
  'auth.demoRefused': 'Chặn tài khoản minh hoạ từ xa',
  'auth.recoveryCodeUsed': 'Dùng mã dự phòng',
  'auth.sessionEnded': 'Kết thúc một phiên',
  'auth.sessionsEnded': 'Kết thúc mọi phiên',
  'user.twoFactorOn': 'Bật xác thực hai bước',
  'user.twoFactorOff': 'Tắt xác thực hai bước',
  'user.twoFactorReset': 'Đặt lại xác thực hai bước',
  'consultation.create': 'Tạo đợt lấy ý kiến',
  'consultation.update': 'Sửa đợt lấy ý kiến',
  'consultation.candidatesAdd': 'Thêm vào danh sách đề nghị',
  'consultation.candidateRemove': 'Bỏ khỏi danh sách đề nghị',
  'consultation.attach': 'Gắn tệp vào đợt lấy ý kiến',
  'consultation.submit': 'Gửi duyệt đợt lấy ý kiến',
  'consultation.return': 'Trả lại đợt lấy ý kiến',
  'consultation.publish': 'Duyệt đăng đợt lấy ý kiến',
  'consultation.opened': 'Tự mở lấy ý kiến',
  'consultation.closed': 'Tự đóng lấy ý kiến',
  'consultation.extend': 'Gia hạn lấy ý kiến',
  'consultation.candidateWithdraw': 'Rút khỏi danh sách đề nghị',
  'consultation.conclude': 'Công bố kết quả lấy ý kiến',
  'response.list': 'Xem hộp thư góp ý',
  'response.read': 'Xem một góp ý',
  'response.fileRead': 'Tải tệp kèm góp ý',
  'response.export': 'Xuất tổng hợp ý kiến',
  'response.status': 'Cập nhật tình trạng góp ý',
  'calendar.save': 'Sửa lịch làm việc',
  'calendar.delete': 'Xoá ngày khỏi lịch làm việc',
  'award.update': 'Sửa danh mục khen thưởng',
  'award.create': 'Thêm vào danh mục khen thưởng',
};

export type AuditEntry = {
  id: number;
  action: string;
  label: string;
  actor: string | null;
  entityType: string;
  entityId: string;
  /** What the action said: comment, reason, from → to… as short text. */
  summary: string;
  ip: string | null;
  createdAt: string;
};

function summarize(detail: unknown): string {
  if (!detail || typeof detail !== 'object') return '';
  const d = detail as Record<string, unknown>;
  const parts: string[] = [];
  if (typeof d.title === 'string') parts.push(`“${d.title}”`);
  const status = (value: string) => STATUS_LABELS[value as keyof typeof STATUS_LABELS] ?? value;
  if (typeof d.from === 'string' && typeof d.to === 'string') parts.push(`${status(d.from)} → ${status(d.to)}`);
  if (typeof d.comment === 'string') parts.push(`Lý do trả lại: ${d.comment}`);
  if (typeof d.reason === 'string') parts.push(`Lý do: ${d.reason}`);
  if (typeof d.name === 'string') parts.push(d.name);
  if (typeof d.email === 'string') parts.push(d.email);
  if (typeof d.why === 'string') parts.push({ password: 'sai mật khẩu', code: 'sai mã xác thực', disabled: 'tài khoản đã khoá', ownPassword: 'sai mật khẩu hiện tại' }[d.why] ?? d.why);
  if (typeof d.waitSeconds === 'number') parts.push(`phải đợi ${d.waitSeconds} giây (${d.scope === 'address' ? 'theo địa chỉ' : 'theo tài khoản và địa chỉ'})`);
  return parts.join(' · ');
}

export async function listAudit(ctx: EditorContext, filter: { page: number; action?: string; articleId?: number }) {
  assertCan(ctx.actor, 'audit.view');
  const where = {
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.articleId ? { entityType: 'article', entityId: String(filter.articleId) } : {}),
  };
  const [total, rows] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: PAGE_SIZE,
      skip: (filter.page - 1) * PAGE_SIZE,
      include: { actor: { select: { name: true } } },
    }),
  ]);
  const items: AuditEntry[] = rows.map((row) => ({
    id: row.id,
    action: row.action,
    label: AUDIT_LABELS[row.action] ?? row.action,
    actor: row.actor?.name ?? null,
    entityType: row.entityType,
    entityId: row.entityId,
    summary: summarize(row.detail),
    ip: row.ip,
    createdAt: row.createdAt.toISOString(),
  }));
  return { items, total, page: filter.page, pageCount: pageCount(total) };
}
