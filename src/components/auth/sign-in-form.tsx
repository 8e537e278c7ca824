'use client';

import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { waitText } from '@/lib/text/format';

/** The form's words for each refusal; none says whether the email exists. */
function messageFor(error: string): string {
  const limited = /^LIMITED:(\d+)$/.exec(error);
  if (limited) return `Đăng nhập sai nhiều lần từ máy này; vui lòng đợi ${waitText(Number(limited[1]) * 1000)} rồi thử lại.`;
  switch (error) {
    case 'CredentialsSignin':
      return 'Email hoặc mật khẩu không đúng.';
    case 'CODE_INVALID':
      return 'Mã xác thực không đúng, đã hết hạn hoặc đã dùng rồi.';
    case 'DEMO_REMOTE':
      return 'Tài khoản minh hoạ chỉ đăng nhập được trên chính máy chạy cổng thông tin.';
    default:
      return 'Không đăng nhập được. Vui lòng thử lại.';
  }
}

const field = 'min-h-11 w-full rounded border border-neutral-400 px-3 text-base';

/** Email and password, then (for accounts with two-step sign-in) the code from the app. */
export function SignInForm({ next }: { next: string }) {
  const router = useRouter();
  const [error, setError] = useState('');
  const [pending, setPending] = useState(false);
  const [askCode, setAskCode] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError('');
    const result = await signIn('credentials', { email: form.get('email'), password: form.get('password'), code: form.get('code') ?? '', redirect: false });
    setPending(false);
    if (result?.ok && !result.error) {
      router.replace(next);
      router.refresh();
      return;
    }
    if (result?.error === 'CODE_REQUIRED') {
      setAskCode(true);
      return;
    }
    setError(messageFor(result?.error ?? ''));
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
        <input id="email" name="email" type="email" autoComplete="username" required maxLength={200} readOnly={askCode} className={field} />
      </div>
      <div>
        <label htmlFor="password" className="mb-1 block font-medium">
          Mật khẩu
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" required maxLength={200} readOnly={askCode} className={field} />
      </div>
      {askCode && (
        <div>
          <label htmlFor="code" className="mb-1 block font-medium">
            Mã xác thực
          </label>
          {/* The second step appears after the password: the caret goes straight to it. */}
          <input autoFocus id="code" name="code" inputMode="numeric" autoComplete="one-time-code" required maxLength={20} aria-describedby="code-goi-y" className={field} />
          <p id="code-goi-y" className="mt-1 text-sm text-neutral-700">
            Mã 6 chữ số trong ứng dụng xác thực trên điện thoại, hoặc một mã dự phòng (dạng ABCD-EFGH).
          </p>
        </div>
      )}
      <button type="submit" disabled={pending} className="min-h-11 w-full rounded bg-brand-700 px-4 font-medium text-white hover:bg-brand-800 disabled:opacity-70">
        {pending ? 'Đang đăng nhập…' : askCode ? 'Xác nhận' : 'Đăng nhập'}
      </button>
    </form>
  );
}
