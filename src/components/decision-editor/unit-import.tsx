'use client';

import { useId, useState } from 'react';
import { useRefreshThen } from '@/components/admin/use-refresh-then';
import { uploadFile } from '@/components/editor/upload-file';
import type { UnitRow } from '@/lib/awards/unit-import';

type Check = { rows: UnitRow[]; errorCount: number };

/** The province's list of communes and wards from a spreadsheet: checked, then imported whole. */
export function UnitImport({ columns }: { columns: string }) {
  const { refreshing, refreshThen } = useRefreshThen();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [check, setCheck] = useState<Check | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function send(chosen: File, commit: boolean) {
    setBusy(true);
    setMessage(null);
    const answer = await uploadFile<Check | { count: number }>(`/api/quan-tri/dia-gioi${commit ? '?nhap=1' : ''}`, chosen, () => undefined);
    setBusy(false);
    if (!answer.ok) return setMessage({ ok: false, text: answer.error });
    if ('count' in answer.data) {
      const count = answer.data.count;
      refreshThen(() => {
        setCheck(null);
        setMessage({ ok: true, text: `Đã nhập ${count.toLocaleString('vi-VN')} đơn vị.` });
      });
    } else setCheck(answer.data);
  }

  const bad = check?.rows.filter((row) => !row.unit) ?? [];
  return (
    <section aria-labelledby={`${id}-tieu-de`} className="rounded border border-neutral-300 p-4">
      <h2 id={`${id}-tieu-de`} className="font-bold">
        Nhập danh mục từ tệp (XLSX hoặc CSV)
      </h2>
      <p className="mt-1 text-sm text-neutral-700">Các cột: {columns}. Đơn vị đã có được cập nhật theo mã; không đơn vị nào bị xoá.</p>
      <label htmlFor={id} className="mt-3 block text-sm font-medium">
        Chọn tệp danh mục
      </label>
      <input
        id={id}
        type="file"
        accept=".xlsx,.csv"
        disabled={busy || refreshing}
        onChange={(event) => {
          const chosen = event.target.files?.[0];
          if (chosen) {
            setFile(chosen);
            void send(chosen, false);
          }
          event.target.value = '';
        }}
        className="mt-1 block text-sm"
      />
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={`mt-3 rounded p-2 text-sm ${message.ok ? 'bg-green-50 text-green-900' : 'bg-red-50 text-red-900'}`}>
          {message.text}
        </p>
      )}
      {check && (
        <div className="mt-3">
          <p role="status" className="text-sm font-medium">
            {check.rows.length.toLocaleString('vi-VN')} dòng{bad.length > 0 ? `, ${bad.length} dòng có lỗi` : ', không có lỗi'}.
          </p>
          {bad.length > 0 && (
            <ul className="mt-2 list-disc pl-5 text-sm text-red-900">
              {bad.slice(0, 100).map((row) => (
                <li key={row.line}>
                  Dòng {row.line} ({row.cells.name || row.cells.code || 'trống'}): {row.errors.join(' ')}
                </li>
              ))}
            </ul>
          )}
          <p className="mt-3">
            <button type="button" disabled={busy || refreshing || bad.length > 0 || !file} onClick={() => file && void send(file, true)} className="min-h-11 rounded bg-brand-700 px-4 font-medium text-white hover:bg-brand-800 disabled:opacity-50">
              Nhập {check.rows.length.toLocaleString('vi-VN')} đơn vị
            </button>
          </p>
        </div>
      )}
    </section>
  );
}
