import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { can } from '@/lib/auth/permissions';
import { getActor } from '@/lib/auth/session';

export const metadata: Metadata = { title: { default: 'Quản trị', template: '%s | Quản trị' }, robots: { index: false, follow: false } };

// Sending visitors to sign in is convenience; every action checks permissions itself.
export default async function EditorAreaLayout({ children }: { children: ReactNode }) {
  const actor = await getActor();
  if (!actor || !can(actor, 'editor.access')) redirect('/dang-nhap?tiep=/quan-tri');
  return children;
}
