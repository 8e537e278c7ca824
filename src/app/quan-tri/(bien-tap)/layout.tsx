import Link from 'next/link';
import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { FlashLine } from '@/components/admin/flash-line';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { ROLE_LABELS, can } from '@/lib/auth/permissions';
import { getActor } from '@/lib/auth/session';

// The editor area's frame: who is signed in, where to go, and the page.
export default async function EditorLayout({ children }: { children: ReactNode }) {
  const actor = await getActor();
  if (!actor) redirect('/dang-nhap?tiep=/quan-tri');
  // Until a required two-step sign-in is set up, only the account's own pages are open.
  const links = [
    { href: '/quan-tri/bai-viet', label: 'Bài viết', show: can(actor, 'editor.access') },
    { href: '/quan-tri/bai-viet/moi', label: 'Viết bài', show: can(actor, 'article.create') },
    { href: '/quan-tri/lay-y-kien', label: 'Lấy ý kiến', show: can(actor, 'consultation.read') },
    { href: '/quan-tri/gop-y', label: 'Góp ý', show: can(actor, 'response.read') },
    { href: '/quan-tri/quyet-dinh', label: 'Quyết định khen thưởng', show: can(actor, 'decision.read') },
    { href: '/quan-tri/guong-dien-hinh', label: 'Gương điển hình', show: can(actor, 'article.read') },
    { href: '/quan-tri/van-ban', label: 'Văn bản', show: can(actor, 'document.read') },
    { href: '/quan-tri/hoi-dap', label: 'Hỏi đáp', show: can(actor, 'question.read') },
    { href: '/quan-tri/bieu-mau-thu-tuc', label: 'Biểu mẫu, thủ tục', show: can(actor, 'library.edit') },
    { href: '/quan-tri/the', label: 'Tag', show: can(actor, 'tag.manage') },
    { href: '/quan-tri/nhat-ky', label: 'Nhật ký', show: can(actor, 'audit.view') },
    { href: '/quan-tri/nguoi-dung', label: 'Người dùng', show: can(actor, 'user.manage') },
    { href: '/quan-tri/bao-mat', label: 'Bảo mật', show: can(actor, 'security.manage') },
    { href: '/quan-tri/chuyen-muc', label: 'Chuyên mục', show: can(actor, 'section.manage') },
    { href: '/quan-tri/cai-dat', label: 'Cài đặt', show: can(actor, 'settings.manage') },
    { href: '/quan-tri/trang', label: 'Trang giới thiệu', show: can(actor, 'settings.manage') },
    { href: '/quan-tri/menu', label: 'Menu, liên kết', show: can(actor, 'settings.manage') },
    { href: '/quan-tri/thong-ke', label: 'Thống kê truy cập', show: can(actor, 'stats.view') },
    { href: '/quan-tri/danh-gia', label: 'Đánh giá', show: can(actor, 'stats.view') },
    { href: '/quan-tri/bao-tri', label: 'Bảo trì', show: can(actor, 'maintenance.manage') },
    { href: '/quan-tri/lich-lam-viec', label: 'Lịch làm việc', show: can(actor, 'calendar.manage') },
    { href: '/quan-tri/danh-hieu', label: 'Danh hiệu', show: can(actor, 'awards.manage') },
    { href: '/quan-tri/dia-gioi', label: 'Xã, phường', show: can(actor, 'awards.manage') },
    { href: '/quan-tri/tai-khoan', label: 'Tài khoản', show: can(actor, 'account.self') },
  ].filter((link) => link.show);
  return (
    <>
      <header className="bg-brand-800 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/quan-tri" className="font-bold">
            Khu vực biên tập
          </Link>
          <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
            <span>
              {actor.name} · <span className="text-gold-300">{ROLE_LABELS[actor.role]}</span>
            </span>
            <Link href="/" className="whitespace-nowrap underline underline-offset-2">
              Xem cổng thông tin
            </Link>
            <SignOutButton />
          </div>
        </div>
        <nav aria-label="Khu vực biên tập" className="bg-brand-900">
          <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-1 px-2 text-sm">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="block px-3 py-2.5 hover:bg-brand-700">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="noi-dung" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
        <FlashLine />
        {children}
      </main>
    </>
  );
}
