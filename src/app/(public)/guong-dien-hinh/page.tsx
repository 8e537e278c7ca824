import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ProfileCard } from '@/components/awards/profile-card';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { Pagination } from '@/components/ui/pagination';
import { PROFILE_FIELDS } from '@/lib/awards/profile-input';
import { getProfiles } from '@/lib/awards/public-profiles';
import { getUnits } from '@/lib/awards/register';
import { formatNumber } from '@/lib/text/format';
import { cleanLine } from '@/lib/text/normalize';
import { pageCount, parsePage } from '@/lib/text/pagination';
import { listRobots } from '@/lib/seo/list-robots';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (value: string | string[] | undefined) => cleanLine((Array.isArray(value) ? value[0] : value) ?? '');

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return {
    title: 'Gương điển hình tiên tiến',
    description: 'Câu chuyện của những cá nhân, tập thể tiêu biểu trong phong trào thi đua yêu nước, cùng các hình thức khen thưởng họ đã nhận.',
    alternates: { canonical: '/guong-dien-hinh' },
    robots: listRobots(await searchParams),
  };
}

export default async function ProfilesPage({ searchParams }: Props) {
  const params = await searchParams;
  const page = parsePage(params.trang);
  if (page === null) notFound();
  const units = await getUnits();
  const fieldText = one(params['linh-vuc']);
  const unitText = one(params.xa);
  const field = (PROFILE_FIELDS as readonly string[]).includes(fieldText) ? fieldText : null;
  const unitCode = units.some((unit) => unit.code === unitText) ? unitText : null;
  const { items, total } = await getProfiles({ field, unitCode, page });
  const pages = pageCount(total);
  const current = units.filter((unit) => !unit.validTo);
  return (
    <div className="max-w-4xl">
      <Breadcrumb items={[{ label: 'Trang chủ', href: '/' }, { label: 'Gương điển hình tiên tiến' }]} />
      <h1 className="mt-3 border-b-2 border-brand-700 pb-2 text-2xl font-bold text-brand-700">Gương điển hình tiên tiến</h1>
      <form method="get" action="/guong-dien-hinh" aria-label="Lọc gương điển hình" className="mt-4 grid gap-3 rounded border border-neutral-300 bg-neutral-50 p-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
        <div>
          <label htmlFor="loc-linh-vuc" className="block text-sm font-semibold">
            Lĩnh vực
          </label>
          <select id="loc-linh-vuc" name="linh-vuc" defaultValue={field ?? ''} className="mt-1 block min-h-11 w-full rounded border border-neutral-500 bg-white px-3">
            <option value="">Tất cả</option>
            {PROFILE_FIELDS.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="loc-xa" className="block text-sm font-semibold">
            Xã, phường
          </label>
          <select id="loc-xa" name="xa" defaultValue={unitCode ?? ''} className="mt-1 block min-h-11 w-full rounded border border-neutral-500 bg-white px-3">
            <option value="">Tất cả</option>
            {current.map((unit) => (
              <option key={unit.code} value={unit.code}>
                {unit.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="min-h-11 rounded bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800">
          Lọc
        </button>
      </form>
      <p role="status" className="mt-4 text-[15px]">
        {total === 0 ? 'Chưa có gương điển hình nào theo bộ lọc này.' : `${formatNumber(total)} gương điển hình.`}
      </p>
      <div className="mt-2">
        {items.map((profile) => (
          <ProfileCard key={profile.slug} profile={profile} />
        ))}
      </div>
      <Pagination basePath="/guong-dien-hinh" page={page} count={pages} params={{ 'linh-vuc': field ?? '', xa: unitCode ?? '' }} />
    </div>
  );
}
