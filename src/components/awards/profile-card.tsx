import Link from 'next/link';
import { ResponsiveImage } from '@/components/article/responsive-image';
import { RECIPIENT_LABELS } from '@/lib/consultations/award-rules';
import type { ProfileCard as Card } from '@/lib/awards/public-profiles';

/** One exemplary person or collective in a list: portrait, name, field, unit, place. */
export function ProfileCard({ profile }: { profile: Card }) {
  return (
    <article className="flex gap-4 border-b border-neutral-200 py-4">
      <div className="w-24 shrink-0 sm:w-32">
        {profile.portrait ? (
          <ResponsiveImage photo={{ ...profile.portrait, decorative: false }} sizes="128px" maxWidth={320} className="aspect-square w-full rounded object-cover" />
        ) : (
          <div aria-hidden="true" className="flex aspect-square w-full items-center justify-center rounded bg-brand-50 text-3xl font-bold text-brand-700">
            {profile.name.split(' ').at(-1)?.[0] ?? ''}
          </div>
        )}
      </div>
      <div className="min-w-0">
        <h2 className="text-lg font-bold">
          <Link href={`/guong-dien-hinh/${profile.slug}`} className="text-brand-700 hover:underline">
            {profile.name}
          </Link>
        </h2>
        <p className="text-sm text-neutral-700">
          {profile.field} · {RECIPIENT_LABELS[profile.kind]}
          {profile.unit ? ` · ${profile.unit}` : ''}
          {profile.commune ? ` · ${profile.commune}` : ''}
        </p>
        {profile.summary && <p className="mt-1 text-[15px]">{profile.summary}</p>}
      </div>
    </article>
  );
}
