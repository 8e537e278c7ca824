import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { getActor } from '@/lib/auth/session';

export const metadata: Metadata = { title: { default: 'Quản trị', template: '%s | Quản trị' }, robots: { index: false, follow: false } };

// Sending visitors to sign in is convenience; every page and action checks permissions
// itself (someone who must first set up two-step sign-in is sent there by requireActor).
export default async function EditorAreaLayout({ children }: { children: ReactNode }) {
  if (!(await getActor())) redirect('/dang-nhap?tiep=/quan-tri');
  return children;
}
