import Link from 'next/link';
import { VietnamTime } from '@/components/ui/vietnam-time';
import type { DashboardItem } from '@/lib/content/editor-dashboard';
import { STATUS_LABELS } from '@/lib/content/status-labels';

type Props = { id: string; title: string; items: DashboardItem[]; empty: string; publicLinks?: boolean };

export function DashboardList({ id, title, items, empty, publicLinks = false }: Props) {
  return (
    <section aria-labelledby={id} className="rounded border border-neutral-200 p-4">
      <h2 id={id} className="text-lg font-bold">
        {title}
      </h2>
      {items.length === 0 ? (
        <p className="mt-2 text-neutral-700">{empty}</p>
      ) : (
        <ul className="mt-2 divide-y divide-neutral-200">
          {items.map((item) => (
            <li key={item.id} className="py-2">
              <Link href={`/quan-tri/bai-viet/${item.id}`} className="font-medium hover:text-brand-700">
                {item.title || '(Chưa có tiêu đề)'}
              </Link>
              {publicLinks && (
                <Link href={`/bai-viet/${item.slug}`} className="ml-2 inline-flex min-h-6 items-center text-sm whitespace-nowrap underline">
                  Xem trên cổng
                </Link>
              )}
              <p className="text-sm text-neutral-600">
                {STATUS_LABELS[item.status]} · {item.section} · {item.author} · <VietnamTime value={item.at} />
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
