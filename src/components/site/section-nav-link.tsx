'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

/** A main-navigation link that marks itself current on its section's pages. */
export function SectionNavLink({ href, children }: { href: string; children: string }) {
  const pathname = usePathname();
  const current = href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={current ? 'page' : undefined}
      className={`block border-b-2 px-3 py-3 hover:bg-brand-50 hover:text-brand-700 ${current ? 'border-brand-700 text-brand-700' : 'border-transparent text-neutral-800'}`}
    >
      {children}
    </Link>
  );
}
