'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { restoreRevisionAction } from '@/app/quan-tri/article-actions';

export function RestoreRevisionButton({ articleId, revisionId, version, label }: { articleId: number; revisionId: number; version: number; label: string }) {
  const router = useRouter();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <div>
      <button
        type="button"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          const result = await restoreRevisionAction(articleId, revisionId, version).catch(() => null);
          setBusy(false);
          if (result?.ok) router.push(`/quan-tri/bai-viet/${articleId}`);
          else setError(result?.error ?? 'Mất kết nối; chưa khôi phục được.');
        }}
        className="min-h-11 rounded bg-brand-700 px-4 font-medium text-white disabled:opacity-60"
      >
        {label}
      </button>
      {error && (
        <p role="alert" className="mt-2 text-sm text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
