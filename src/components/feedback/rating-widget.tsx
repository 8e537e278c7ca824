'use client';

import { usePathname } from 'next/navigation';
import { useState } from 'react';

const CHOICES = [
  { score: 4, label: 'Rất hài lòng' },
  { score: 3, label: 'Hài lòng' },
  { score: 2, label: 'Bình thường' },
  { score: 1, label: 'Chưa hài lòng' },
];

type State = { phase: 'ask' } | { phase: 'rated'; score: number; message: string } | { phase: 'done'; message: string } | { phase: 'error'; message: string; score?: number };

async function send(values: Record<string, string>): Promise<{ ok: boolean; message: string }> {
  try {
    const response = await fetch('/api/danh-gia', { method: 'POST', headers: { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(values) });
    const answer = (await response.json()) as { ok: boolean; message: string };
    return { ok: response.ok && answer.ok, message: answer.message };
  } catch {
    return { ok: false, message: 'Mất kết nối; đánh giá chưa được gửi, vui lòng thử lại.' };
  }
}

/**
 * "Is this page useful?" on every public page (ND 224/2026): one tap, then an optional
 * comment. Without a script the same buttons post the form and a page says thank you.
 */
export function RatingWidget() {
  const path = usePathname() ?? '/';
  const [state, setState] = useState<State>({ phase: 'ask' });
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);

  async function rate(score: number) {
    setBusy(true);
    const result = await send({ path, score: String(score), comment: '' });
    setBusy(false);
    setState(result.ok ? { phase: 'rated', score, message: result.message } : { phase: 'error', message: result.message });
  }

  async function sendComment(score: number) {
    if (!comment.trim()) return;
    setBusy(true);
    const result = await send({ path, score: String(score), comment });
    setBusy(false);
    setState(result.ok ? { phase: 'done', message: result.message } : { phase: 'error', message: result.message, score });
  }

  return (
    <section aria-labelledby="danh-gia-tieu-de" id="danh-gia" className="no-print mx-auto mt-10 w-full max-w-6xl px-4">
      <div className="rounded border border-neutral-300 bg-neutral-50 p-4">
        <h2 id="danh-gia-tieu-de" className="font-bold">
          Thông tin trên trang này có hữu ích với bạn không?
        </h2>
        {state.phase === 'ask' || (state.phase === 'error' && state.score === undefined) ? (
          <form
            method="post"
            action="/api/danh-gia"
            onSubmit={(event) => {
              event.preventDefault();
              const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
              if (submitter?.value) void rate(Number(submitter.value));
            }}
          >
            <input type="hidden" name="path" value={path} />
            <div aria-hidden="true" className="absolute -left-[9999px]">
              <label>
                Để trống ô này
                <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
              </label>
            </div>
            <fieldset className="mt-2">
              <legend className="text-sm text-neutral-700">Chọn một mức; không cần tài khoản, cổng không lưu địa chỉ IP của bạn.</legend>
              <div className="mt-2 flex flex-wrap gap-2">
                {CHOICES.map((choice) => (
                  <button key={choice.score} type="submit" name="score" value={choice.score} disabled={busy} className="min-h-11 rounded border border-brand-700 bg-white px-4 font-medium text-brand-700 hover:bg-brand-50 disabled:opacity-60">
                    {choice.label}
                  </button>
                ))}
              </div>
            </fieldset>
            {state.phase === 'error' && (
              <p role="alert" className="mt-2 text-sm text-red-800">
                {state.message}
              </p>
            )}
          </form>
        ) : state.phase === 'done' ? (
          <p role="status" className="mt-2 text-green-900">
            {state.message}
          </p>
        ) : (
          <form
            className="mt-2"
            onSubmit={(event) => {
              event.preventDefault();
              void sendComment(state.score!);
            }}
          >
            <p role="status" className="text-green-900">
              {state.phase === 'rated' ? state.message : ''}
            </p>
            <label htmlFor="danh-gia-gop-y" className="mt-2 block text-sm font-medium">
              Góp ý thêm để trang tốt hơn (không bắt buộc)
            </label>
            <textarea id="danh-gia-gop-y" value={comment} onChange={(event) => setComment(event.target.value)} maxLength={1000} rows={3} className="mt-1 block w-full rounded border border-neutral-500 bg-white p-2" />
            <button type="submit" disabled={busy || !comment.trim()} className="mt-2 min-h-11 rounded bg-brand-700 px-4 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
              Gửi góp ý
            </button>
            {state.phase === 'error' && (
              <p role="alert" className="mt-2 text-sm text-red-800">
                {state.message}
              </p>
            )}
          </form>
        )}
      </div>
    </section>
  );
}
