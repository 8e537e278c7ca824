'use client';

import { useId, useState } from 'react';
import { useRefreshThen } from '@/components/admin/use-refresh-then';
import { uploadFile } from '@/components/editor/upload-file';
import type { ListCheck } from '@/lib/awards/decision-store';
import { RECIPIENT_LABELS } from '@/lib/consultations/award-rules';

const SHOWN_VALID_ROWS = 50;
const LEVELS = { FULL: 'Đầy đủ', NAME_UNIT: 'Tên và đơn vị', HIDDEN: 'Không công bố' } as const;

/**
 * The annexed list from a spreadsheet in two steps: the file is checked row by row and
 * every row with an error is shown with its reasons; the list is imported (replacing the
 * decision's list) only when no row has an error. Never half a list.
 */
export function GrantListImport({ decisionId, version, existing }: { decisionId: number; version: number; existing: number }) {
  const { refreshing, refreshThen } = useRefreshThen();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [check, setCheck] = useState<ListCheck | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState<'checking' | 'importing' | null>(null);
  const url = `/api/quan-tri/quyet-dinh/${decisionId}/danh-sach`;

  async function preview(chosen: File) {
    setBusy('checking');
    setMessage(null);
    setCheck(null);
    setFile(chosen);
    const answer = await uploadFile<ListCheck>(url, chosen, () => undefined);
    setBusy(null);
    if (answer.ok) setCheck(answer.data);
    else setMessage({ ok: false, text: answer.error });
  }

  async function confirm() {
    if (!file) return;
    setBusy('importing');
    const answer = await uploadFile<{ count: number }>(`${url}?nhap=${version}`, file, () => undefined);
    setBusy(null);
    if (answer.ok) {
      const count = answer.data.count;
      refreshThen(() => {
        setCheck(null);
        setFile(null);
        setMessage({ ok: true, text: `Đã nhập ${count.toLocaleString('vi-VN')} dòng vào danh sách của quyết định.` });
      });
    } else setMessage({ ok: false, text: answer.error });
  }

  const bad = check?.rows.filter((row) => row.errors.length > 0) ?? [];
  const good = check?.rows.filter((row) => row.grant) ?? [];
  const shown = [...bad, ...good.slice(0, SHOWN_VALID_ROWS)].sort((a, b) => a.line - b.line);

  return (
    <section aria-labelledby={`${inputId}-tieu-de`} className="rounded border border-neutral-300 p-4">
      <h3 id={`${inputId}-tieu-de`} className="font-bold">
        Nhập danh sách kèm theo quyết định (XLSX hoặc CSV)
      </h3>
      <p className="mt-1 text-sm text-neutral-700">
        Các cột: STT; Họ và tên; Chức vụ; Đơn vị; Hình thức; Hạng; Xã/phường. Có thể thêm: Loại (cá nhân/tập thể/hộ gia đình); Truy tặng; Năm thành tích; Thành tích; Công bố (đầy đủ/tên và đơn vị/ẩn).
        {existing > 0 && ` Nhập tệp mới sẽ thay toàn bộ ${existing.toLocaleString('vi-VN')} dòng hiện có.`}
      </p>
      <label htmlFor={inputId} className="mt-3 block text-sm font-medium">
        Chọn tệp danh sách
      </label>
      <input
        id={inputId}
        type="file"
        accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
        disabled={busy !== null || refreshing}
        onChange={(event) => {
          const chosen = event.target.files?.[0];
          if (chosen) void preview(chosen);
          event.target.value = '';
        }}
        className="mt-1 block text-sm"
      />
      {busy === 'checking' && <p className="mt-2 text-sm">Đang kiểm tra tệp…</p>}
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={`mt-3 rounded p-2 text-sm ${message.ok ? 'bg-green-50 text-green-900' : 'bg-red-50 text-red-900'}`}>
          {message.text}
        </p>
      )}
      {check && (
        <div className="mt-4">
          <p role="status" className="text-sm font-medium">
            {check.rows.length.toLocaleString('vi-VN')} dòng: {good.length.toLocaleString('vi-VN')} dòng hợp lệ
            {bad.length > 0 ? `, ${bad.length.toLocaleString('vi-VN')} dòng có lỗi` : ''}.
            {good.length > SHOWN_VALID_ROWS && ` Bảng dưới hiện mọi dòng có lỗi và ${SHOWN_VALID_ROWS} dòng hợp lệ đầu tiên.`}
          </p>
          <div className="mt-2 max-h-[32rem] overflow-auto">
            <table className="w-full border-collapse text-sm" data-import-preview="">
              <caption className="sr-only">Kết quả kiểm tra từng dòng của tệp</caption>
              <thead>
                <tr className="border-b-2 border-neutral-400 text-left">
                  <th scope="col" className="px-2 py-1">Dòng</th>
                  <th scope="col" className="px-2 py-1">Tên</th>
                  <th scope="col" className="px-2 py-1">Loại</th>
                  <th scope="col" className="px-2 py-1">Hình thức</th>
                  <th scope="col" className="px-2 py-1">Xã, phường</th>
                  <th scope="col" className="px-2 py-1">Công bố</th>
                  <th scope="col" className="px-2 py-1">Kết quả kiểm tra</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((row) => (
                  <tr key={row.line} className={`border-b border-neutral-200 align-top ${row.grant ? '' : 'bg-red-50'}`}>
                    <th scope="row" className="px-2 py-1 text-left font-normal">
                      {row.line}
                    </th>
                    <td className="px-2 py-1">{row.cells.name || '—'}</td>
                    <td className="px-2 py-1">{row.grant ? RECIPIENT_LABELS[row.grant.kind] : row.cells.kind}</td>
                    <td className="px-2 py-1">
                      {row.grant ? `${check.awards[row.grant.awardTypeId]}${row.grant.awardClass ? ` hạng ${row.grant.awardClass}` : ''}` : [row.cells.award, row.cells.awardClass].filter(Boolean).join(' ')}
                    </td>
                    <td className="px-2 py-1">{row.grant?.communeCode ? check.units[row.grant.communeCode] : row.cells.commune}</td>
                    <td className="px-2 py-1">{row.grant ? LEVELS[row.grant.publishLevel] : row.cells.publish}</td>
                    <td className="px-2 py-1">{row.grant ? 'Hợp lệ' : <span className="font-medium text-red-800">{row.errors.join(' ')}</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="mt-3 flex flex-wrap gap-3">
            <button
              type="button"
              onClick={() => void confirm()}
              disabled={busy !== null || refreshing || bad.length > 0}
              className="min-h-11 rounded bg-brand-700 px-4 font-medium text-white hover:bg-brand-800 disabled:opacity-50"
            >
              {busy === 'importing' || refreshing ? 'Đang nhập…' : `Nhập ${good.length.toLocaleString('vi-VN')} dòng`}
            </button>
            <button type="button" onClick={() => setCheck(null)} className="min-h-11 rounded border border-neutral-400 px-4">
              Huỷ
            </button>
          </p>
          {bad.length > 0 && <p className="mt-2 text-sm text-neutral-800">Chưa nhập được khi còn dòng lỗi: sửa tệp rồi chọn lại. Danh sách hiện có được giữ nguyên.</p>}
        </div>
      )}
    </section>
  );
}
