'use client';

import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';

const MESSAGES: Record<string, string> = {
  RATE_LIMITED: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.',
  CredentialsSignin: 'Email hoặc mật khẩu không đúng.',
};

const field = 'min-h-11 w-full rounded border border-neutral-400 px-3 text-base';

/** Email and password; the error never says whether the email exists. */
export function SignInForm({ next }: { next: string }) {
  const router = useRouter();
  const [error, setError] = useState('');
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError('');
    const result = await signIn('credentials', { email: form.get('email'), password: form.get('password'), redirect: false });
    setPending(false);
    if (result?.ok && !result.error) {
      router.replace(next);
      router.refresh();
      return;
    }
    setError(MESSAGES[result?.error ?? ''] ?? 'Không đăng nhập được. Vui lòng thử lại.');
  }

  return (
    <form onSubmit={onSubmit} className="mt-6 space-y-4" noValidate>
      {error && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-900">
          {error}
        </p>
      )}
      <div>
        <label htmlFor="email" className="mb-1 block font-medium">
          Email
        </label>
        <input id="email" name="email" type="email" autoComplete="username" required maxLength={200} className={field} />
      </div>
      <div>
        <label htmlFor="password" className="mb-1 block font-medium">
          Mật khẩu
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" required maxLength={200} className={field} />
      </div>
      <button type="submit" disabled={pending} className="min-h-11 w-full rounded bg-brand-700 px-4 font-medium text-white hover:bg-brand-800 disabled:opacity-70">
        {pending ? 'Đang đăng nhập…' : 'Đăng nhập'}
      </button>
    </form>
  );
}
