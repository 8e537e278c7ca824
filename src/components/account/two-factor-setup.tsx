'use client';

import Link from 'next/link';
import { useState } from 'react';
import { confirmTwoFactorAction, startTwoFactorAction } from '@/app/quan-tri/security-actions';

type Step = { kind: 'start' } | { kind: 'scan'; qr: string; secret: string } | { kind: 'done'; codes: string[] };

const button = 'min-h-11 rounded bg-brand-700 px-4 font-medium text-white hover:bg-brand-800 disabled:opacity-60';

/** Enrolment: a QR code to scan, the key to type instead, a first code to confirm, then the recovery codes once. */
export function TwoFactorSetup({ required }: { required: boolean }) {
  const [step, setStep] = useState<Step>({ kind: 'start' });
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const start = async () => {
    setBusy(true);
    setError(null);
    const answer = await startTwoFactorAction().catch(() => null);
    setBusy(false);
    if (answer?.ok) setStep({ kind: 'scan', ...answer.data });
    else setError(answer?.error ?? 'Mất kết nối; vui lòng thử lại.');
  };
  const confirm = async () => {
    setBusy(true);
    setError(null);
    const answer = await confirmTwoFactorAction(code).catch(() => null);
    setBusy(false);
    if (answer?.ok) setStep({ kind: 'done', codes: answer.data });
    else setError(answer?.fieldErrors?.code?.[0] ?? answer?.error ?? 'Mất kết nối; vui lòng thử lại.');
  };

  if (step.kind === 'start') {
    return (
      <div className="mt-4 grid max-w-xl gap-3">
        {required && <p className="rounded bg-amber-50 p-3">Vai trò của bạn bắt buộc dùng xác thực hai bước. Hãy bật để tiếp tục làm việc.</p>}
        <p>Cần một ứng dụng xác thực trên điện thoại (Google Authenticator, Microsoft Authenticator, 2FAS…).</p>
        {error && <p role="alert" className="rounded bg-red-50 p-2 text-red-900">{error}</p>}
        <div>
          <button type="button" disabled={busy} onClick={() => void start()} className={button}>
            Bắt đầu
          </button>
        </div>
      </div>
    );
  }
  if (step.kind === 'scan') {
    return (
      <form
        className="mt-4 grid max-w-xl gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          void confirm();
        }}
      >
        <p>1. Quét mã QR này bằng ứng dụng xác thực:</p>
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img src={step.qr} alt="Mã QR để thêm tài khoản vào ứng dụng xác thực" width={220} height={220} className="rounded border border-neutral-300 bg-white p-2" />
        <p className="text-sm">
          Không quét được? Nhập khoá này vào ứng dụng: <code className="rounded bg-neutral-100 px-1 font-mono text-base break-all">{step.secret}</code>
        </p>
        <label htmlFor="ma-xac-nhan" className="font-medium">
          2. Nhập mã 6 chữ số ứng dụng đang hiện
        </label>
        <input id="ma-xac-nhan" inputMode="numeric" autoComplete="one-time-code" value={code} onChange={(event) => setCode(event.target.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? 'ma-loi' : undefined} className="min-h-11 max-w-48 rounded border border-neutral-400 px-3 font-mono text-lg tracking-widest" />
        {error && (
          <p id="ma-loi" role="alert" className="text-red-800">
            {error}
          </p>
        )}
        <div>
          <button type="submit" disabled={busy} className={button}>
            Xác nhận và bật
          </button>
        </div>
      </form>
    );
  }
  return (
    <div className="mt-4 grid max-w-xl gap-3">
      <p role="status" className="rounded bg-green-50 p-3 text-green-900">
        Đã bật xác thực hai bước.
      </p>
      <p>
        Đây là 10 mã dự phòng, mỗi mã dùng được một lần khi không có điện thoại. <strong>Hãy in hoặc chép lại và cất giữ cẩn thận: trang này sẽ không hiện lại chúng.</strong>
      </p>
      <ol aria-label="Mã dự phòng" className="grid grid-cols-2 gap-2 rounded border border-neutral-300 p-3 font-mono text-lg">
        {step.codes.map((recovery) => (
          <li key={recovery}>{recovery}</li>
        ))}
      </ol>
      <div>
        <Link href="/quan-tri" className={`${button} inline-flex items-center`}>
          Đã lưu mã, tiếp tục
        </Link>
      </div>
    </div>
  );
}
