import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { ROLE_LABELS, can } from '@/lib/auth/permissions';
import { getActor } from '@/lib/auth/session';

export const metadata: Metadata = { title: { default: 'Quản trị', template: '%s | Quản trị' }, robots: { index: false, follow: false } };

// Sending visitors to sign in is convenience; every action checks permissions itself.
export default async function EditorLayout({ children }: { children: ReactNode }) {
  const actor = await getActor();
  if (!actor || !can(actor, 'editor.access')) redirect('/dang-nhap?tiep=/quan-tri');
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
      </header>
      <main id="noi-dung" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
        {children}
      </main>
    </>
  );
}
