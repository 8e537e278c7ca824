'use client';

import { signOut } from 'next-auth/react';

export function SignOutButton() {
  return (
    <button type="button" data-leaves-page onClick={() => signOut({ callbackUrl: '/' })} className="min-h-11 shrink-0 rounded border border-white/60 px-3 text-sm whitespace-nowrap hover:bg-white/10">
      Đăng xuất
    </button>
  );
}
