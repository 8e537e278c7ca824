'use client';

import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { attachNoticeAction } from '@/app/quan-tri/consultation-actions';
import { uploadFile } from '@/components/editor/upload-file';

/** The signed notice (or any document of the consultation): uploaded, checked by content, then attached. */
export function NoticeUpload({ consultationId }: { consultationId: number }) {
  const router = useRouter();
  const id = useId();
  const [state, setState] = useState<{ busy: boolean; message: string | null; ok: boolean }>({ busy: false, message: null, ok: true });
  async function send(file: File) {
    setState({ busy: true, message: 'Đang tải lên…', ok: true });
    const uploaded = await uploadFile<{ id: number; title: string }>('/api/quan-tri/tep', file, () => undefined);
    if (!uploaded.ok) return setState({ busy: false, message: uploaded.error, ok: false });
    const attached = await attachNoticeAction(consultationId, uploaded.data.id, uploaded.data.title);
    setState({ busy: false, message: attached.ok ? attached.data : attached.error, ok: attached.ok });
    if (attached.ok) router.refresh();
  }
  return (
    <div className="mt-3">
      <label htmlFor={id} className="text-sm font-medium">
        Tải lên thông báo có chữ ký (PDF, Word…)
      </label>
      <input
        id={id}
        type="file"
        disabled={state.busy}
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
