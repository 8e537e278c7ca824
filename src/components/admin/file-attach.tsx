'use client';

import { useId, useState } from 'react';
import { uploadFile } from '@/components/editor/upload-file';
import { useRefreshThen } from './use-refresh-then';

type Attach = (attachmentId: number, title: string) => Promise<{ ok: true; data: string } | { ok: false; error: string }>;

/**
 * A signed document (a consultation's notice, a decision's PDF): uploaded, checked by its
 * content, then attached by `attach`, a server action bound to the record.
 */
export function FileAttach({ label, attach }: { label: string; attach: Attach }) {
  const { refreshing, refreshThen } = useRefreshThen();
  const id = useId();
  const [state, setState] = useState<{ busy: boolean; message: string | null; ok: boolean }>({ busy: false, message: null, ok: true });
  async function send(file: File) {
    setState({ busy: true, message: 'Đang tải lên…', ok: true });
    const uploaded = await uploadFile<{ id: number; title: string }>('/api/quan-tri/tep', file, () => undefined);
    if (!uploaded.ok) return setState({ busy: false, message: uploaded.error, ok: false });
    const attached = await attach(uploaded.data.id, uploaded.data.title);
    if (!attached.ok) return setState({ busy: false, message: attached.error, ok: false });
    refreshThen(() => setState({ busy: false, message: attached.data, ok: true }));
  }
  return (
    <div className="mt-3">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        type="file"
        disabled={state.busy || refreshing}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) void send(file);
          event.target.value = '';
        }}
        className="mt-1 block text-sm"
      />
      {state.message && (
        <p role={state.ok ? 'status' : 'alert'} className={`mt-2 text-sm ${state.ok ? 'text-green-900' : 'text-red-800'}`}>
          {state.message}
        </p>
      )}
    </div>
  );
}
