import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { Emblem } from '@/components/site/emblem';
import { getActor } from '@/lib/auth/session';
import { getSiteSettings } from '@/lib/content/settings';

export const metadata: Metadata = { title: 'Đăng nhập', robots: { index: false, follow: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Only paths inside the editor area are followed after signing in. */
function safeNext(value: string | string[] | undefined): string {
  const next = Array.isArray(value) ? value[0] : value;
  return next && /^\/quan-tri(\/[\w\-/]*)?$/.test(next) ? next : '/quan-tri';
}

export default async function SignInPage({ searchParams }: Props) {
  const next = safeNext((await searchParams).tiep);
  if (await getActor()) redirect(next);
  const settings = await getSiteSettings();
  return (
    <main id="noi-dung" className="mx-auto w-full max-w-sm flex-1 px-4 py-12">
      <Link href="/" className="flex items-center gap-3 text-brand-700">
        <Emblem size={44} />
        <span className="font-bold uppercase">{settings.agencyName}</span>
      </Link>
      <h1 className="mt-8 text-2xl font-bold">Đăng nhập biên tập</h1>
      <p className="mt-2 text-neutral-700">Dành cho cộng tác viên, biên tập viên, Ban biên tập và quản trị.</p>
      <SignInForm next={next} />
      <p className="mt-8 text-sm">
        <Link href="/" className="text-brand-700 underline">
          ← Về trang chủ
        </Link>
      </p>
    </main>
  );
}
