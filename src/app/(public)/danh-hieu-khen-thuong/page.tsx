import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { CATEGORY_LABELS, getAwards, LEVEL_LABELS } from '@/lib/awards/public-awards';

export const revalidate = 3600;
export const metadata: Metadata = {
  title: 'Danh hiệu thi đua và hình thức khen thưởng',
  description: 'Các danh hiệu thi đua và hình thức khen thưởng theo Luật Thi đua, khen thưởng năm 2022: ai được tặng, ai quyết định, căn cứ pháp lý.',
  alternates: { canonical: '/danh-hieu-khen-thuong' },
};

export default async function AwardsPage() {
  const awards = await getAwards();
  const groups = (Object.keys(CATEGORY_LABELS) as (keyof typeof CATEGORY_LABELS)[])
    .map((category) => ({ category, awards: awards.filter((award) => award.category === category) }))
    .filter((group) => group.awards.length > 0);
  return (
    <div className="max-w-4xl">
      <Breadcrumb items={[{ label: 'Trang chủ', href: '/' }, { label: 'Danh hiệu, khen thưởng' }]} />
      <h1 className="mt-3 border-b-2 border-brand-700 pb-2 text-2xl font-bold text-brand-700">Danh hiệu thi đua và hình thức khen thưởng</h1>
      <p className="mt-3 text-[15px]">Theo Luật Thi đua, khen thưởng số 06/2022/QH15 (có hiệu lực từ 01/01/2024) và các văn bản hướng dẫn. Mỗi mục ghi rõ đối tượng, cấp quyết định và căn cứ pháp lý.</p>
      {groups.map((group) => (
        <section key={group.category} aria-labelledby={`nhom-${group.category}`} className="mt-6">
          <h2 id={`nhom-${group.category}`} className="text-xl font-bold">
            {CATEGORY_LABELS[group.category]}
          </h2>
          <ul className="mt-2 divide-y divide-neutral-200">
            {group.awards.map((award) => (
              <li key={award.slug} className="py-2.5">
                <Link href={`/danh-hieu-khen-thuong/${award.slug}`} className="font-semibold text-brand-700 hover:underline">
                  {award.name}
                </Link>
                <span className="block text-sm text-neutral-700">
                  {LEVEL_LABELS[award.level]} · {award.conferrer}
                  {award.classes.length > 0 ? ` · hạng ${award.classes.join(', ')}` : ''}
                  {award.consultationRequired ? ' · lấy ý kiến Nhân dân trước khi đề nghị' : ''}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
