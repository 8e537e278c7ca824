import Link from 'next/link';
import { DashboardList } from '@/components/editor/dashboard-list';
import { requireActor } from '@/lib/auth/session';
import { getDashboard } from '@/lib/content/editor-dashboard';

export const metadata = { title: 'Bảng điều khiển' };

export default async function DashboardPage() {
  const actor = await requireActor('/quan-tri');
  const dashboard = await getDashboard(actor);
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Xin chào, {actor.name}</h1>
        <Link href="/quan-tri/bai-viet/moi" className="rounded bg-brand-700 px-4 py-2.5 font-medium text-white hover:bg-brand-800">
          Viết bài mới
        </Link>
      </div>
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <DashboardList id="bai-cua-toi" title="Bài của tôi đang soạn" items={dashboard.mine} empty="Bạn chưa có bài nào đang soạn." />
        {dashboard.waiting && <DashboardList id="cho-duyet" title="Chờ duyệt" items={dashboard.waiting} empty="Không có bài nào chờ duyệt." />}
        <DashboardList id="moi-dang" title="Mới đăng" items={dashboard.published} empty="Chưa có bài nào được đăng." publicLinks />
        <DashboardList id="hen-gio" title="Hẹn giờ đăng" items={dashboard.scheduled} empty="Không có bài nào hẹn giờ." />
      </div>
    </>
  );
}
