'use client';

import { useId, useState, useTransition } from 'react';
import { importCandidatesAction } from '@/app/quan-tri/consultation-actions';
import { useRefreshThen } from '@/components/admin/use-refresh-then';
import { uploadFile } from '@/components/editor/upload-file';
import type { ImportRow } from '@/lib/consultations/candidate-import';
import { RECIPIENT_LABELS } from '@/lib/consultations/award-rules';

type Preview = { rows: ImportRow[]; awards: Record<number, string> };

/**
 * Import from a spreadsheet in two steps: the file is checked row by row and shown with
 * each row's errors; nothing is imported until every row is right, or the editor chooses
 * to skip the rows with errors.
 */
export function CandidateImport({ consultationId, version }: { consultationId: number; version: number }) {
  const { refreshing, refreshThen } = useRefreshThen();
  const inputId = useId();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [skip, setSkip] = useState(false);
  const [pending, startTransition] = useTransition();
  const [checking, setChecking] = useState(false);

  async function check(file: File) {
    setChecking(true);
    setMessage(null);
    setPreview(null);
    const answer = await uploadFile<Preview>(`/api/quan-tri/lay-y-kien/${consultationId}/nhap`, file, () => undefined);
    setChecking(false);
    if (answer.ok) setPreview(answer.data);
    else setMessage({ ok: false, text: answer.error });
  }

  const good = preview?.rows.filter((row) => row.candidate) ?? [];
  const bad = preview?.rows.filter((row) => !row.candidate) ?? [];

  function confirm() {
    startTransition(async () => {
      const result = await importCandidatesAction(consultationId, version, JSON.stringify(good.map((row) => row.candidate)));
      if (result.ok) {
        refreshThen(() => {
          setPreview(null);
          setMessage({ ok: true, text: result.data });
        });
      } else setMessage({ ok: false, text: result.error });
    });
  }

  return (
    <section aria-labelledby={`${inputId}-tieu-de`} className="rounded border border-neutral-300 p-4">
      <h3 id={`${inputId}-tieu-de`} className="font-bold">
        Nhập danh sách từ tệp Excel (XLSX) hoặc CSV
      </h3>
      <p className="mt-1 text-sm text-neutral-700">
        Các cột: Loại (cá nhân/tập thể/hộ gia đình); Họ và tên / Tên tập thể; Chức vụ; Đơn vị; Xã, phường; Hình thức khen thưởng; Hạng; Truy tặng; Tóm tắt thành tích.
      </p>
      <label htmlFor={inputId} className="mt-3 block text-sm font-medium">
        Chọn tệp danh sách
      </label>
      <input
        id={inputId}
        type="file"
        accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
        disabled={checking || pending || refreshing}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) void check(file);
          event.target.value = '';
        }}
        className="mt-1 block text-sm"
      />
      {checking && <p className="mt-2 text-sm">Đang kiểm tra tệp…</p>}
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={`mt-3 rounded p-2 text-sm ${message.ok ? 'bg-green-50 text-green-900' : 'bg-red-50 text-red-900'}`}>
          {message.text}
        </p>
      )}
      {preview && (
        <div className="mt-4">
          <p role="status" className="text-sm font-medium">
            {preview.rows.length} dòng: {good.length} dòng hợp lệ{bad.length > 0 ? `, ${bad.length} dòng có lỗi` : ''}.
          </p>
          <div className="mt-2 overflow-x-auto">
            <table className="w-full border-collapse text-sm" data-import-preview="">
              <caption className="sr-only">Kết quả kiểm tra từng dòng của tệp</caption>
              <thead>
                <tr className="border-b-2 border-neutral-400 text-left">
                  <th scope="col" className="px-2 py-1">Dòng</th>
                  <th scope="col" className="px-2 py-1">Tên</th>
                  <th scope="col" className="px-2 py-1">Loại</th>
                  <th scope="col" className="px-2 py-1">Hình thức</th>
                  <th scope="col" className="px-2 py-1">Kết quả kiểm tra</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((row) => (
                  <tr key={row.line} className={`border-b border-neutral-200 ${row.candidate ? '' : 'bg-red-50'}`}>
                    <th scope="row" className="px-2 py-1 text-left font-normal">
                      {row.line}
                    </th>
                    <td className="px-2 py-1">{row.cells.name || '—'}</td>
                    <td className="px-2 py-1">{row.candidate ? RECIPIENT_LABELS[row.candidate.kind] : row.cells.kind}</td>
                    <td className="px-2 py-1">
                      {row.candidate ? `${preview.awards[row.candidate.awardTypeId]}${row.candidate.awardClass ? ` hạng ${row.candidate.awardClass}` : ''}` : [row.cells.award, row.cells.awardClass].filter(Boolean).join(' ')}
                    </td>
                    <td className="px-2 py-1">{row.candidate ? 'Hợp lệ' : <span className="font-medium text-red-800">{row.errors.join(' ')}</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {bad.length > 0 && (
            <label className="mt-3 flex items-start gap-2 text-sm">
              <input type="checkbox" checked={skip} onChange={(event) => setSkip(event.target.checked)} className="mt-0.5" />
              <span>Bỏ qua {bad.length} dòng có lỗi (sửa tệp rồi nhập lại các dòng đó sau)</span>
            </label>
          )}
          <p className="mt-3 flex flex-wrap gap-3">
            <button
              type="button"
              onClick={confirm}
              disabled={pending || refreshing || good.length === 0 || (bad.length > 0 && !skip)}
              className="min-h-11 rounded bg-brand-700 px-4 font-medium text-white hover:bg-brand-800 disabled:opacity-50"
            >
              {pending || refreshing ? 'Đang nhập…' : `Nhập ${good.length} dòng hợp lệ`}
            </button>
            <button type="button" onClick={() => setPreview(null)} className="min-h-11 rounded border border-neutral-400 px-4">
              Huỷ
            </button>
          </p>
          {bad.length > 0 && !skip && <p className="mt-2 text-sm text-neutral-700">Chưa nhập được khi còn dòng lỗi: sửa tệp và chọn lại, hoặc đánh dấu bỏ qua các dòng lỗi.</p>}
        </div>
      )}
    </section>
  );
}
