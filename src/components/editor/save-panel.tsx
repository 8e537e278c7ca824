'use client';

import type { ArticleStatus } from '@/generated/prisma/enums';
import { formatNumber } from '@/lib/text/format';
import type { useArticleSave } from './use-article-save';
import { WorkflowPanel, type WorkflowPermissions } from './workflow-panel';

type Saver = ReturnType<typeof useArticleSave>;

type Workflow = {
  permissions: WorkflowPermissions;
  publishedAt: string;
  returnComment: string | null;
  withdrawalReason: string | null;
  onDone: () => void;
  onDeleted: () => void;
};

type Props =
  | { variant: 'phone'; saver: Saver; status: ArticleStatus; wordCount: number }
  | { variant: 'side'; saver: Saver; status: ArticleStatus; wordCount: number; canEdit: boolean; mayCorrectAlone: boolean; workflow: Workflow };

function stateText(saver: Saver, short: boolean): string {
  if (saver.saving) return 'Đang lưu…';
  if (saver.dirty) return short ? 'Chưa lưu' : 'Có thay đổi chưa lưu.';
  if (saver.savedAt) return `Đã lưu lúc ${saver.savedAt.toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Ho_Chi_Minh' })}.`;
  return saver.articleId ? 'Không có thay đổi.' : '';
}

/**
 * Saving and the workflow, always in reach: on a desktop the side column's top card stays
 * in view while the form scrolls; on a phone (side column after the form) a bar sticks to
 * the bottom of the screen.
 */
export function SavePanel(props: Props) {
  const { saver, status } = props;
  const live = status === 'PUBLISHED' || status === 'SCHEDULED';
  if (props.variant === 'phone') {
    return (
      <div className="sticky bottom-0 z-20 -mx-4 flex items-center justify-between gap-3 border-t border-neutral-300 bg-white px-4 py-2 lg:hidden">
        <span className="text-sm text-neutral-700">
          {stateText(saver, true)} · {formatNumber(props.wordCount)} từ
        </span>
        <button type="submit" disabled={saver.saving} className="min-h-11 rounded bg-brand-700 px-5 font-bold text-white disabled:opacity-60">
          Lưu
        </button>
      </div>
    );
  }
  const { workflow, canEdit } = props;
  const autosaves = canEdit && (status === 'DRAFT' || status === 'RETURNED');
  return (
    <div className="grid gap-3 bg-white lg:sticky lg:top-0 lg:z-20 lg:max-h-screen lg:overflow-y-auto lg:py-2">
      <div aria-live="polite" className="min-h-6 text-sm">
        {saver.articleId !== null && <span className="text-neutral-700">Phiên bản {saver.versionRef.current}. </span>}
        {stateText(saver, false)}
        {autosaves && <span className="block text-neutral-600">Bản nháp tự lưu sau vài giây ngừng gõ. Ctrl+S (⌘S) để lưu ngay.</span>}
      </div>
      {saver.message && (
        <p role={saver.message.kind === 'error' ? 'alert' : 'status'} className={`rounded p-3 text-sm ${saver.message.kind === 'error' ? 'bg-red-50 text-red-900' : 'bg-green-50 text-green-900'}`}>
          {saver.message.text}
        </p>
      )}
      {canEdit && live && props.mayCorrectAlone && (
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" checked={saver.correction} onChange={(event) => saver.setCorrection(event.target.checked)} className="mt-1" />
          <span>Sửa chữa nhỏ: đăng ngay, không cần người thứ hai duyệt (ghi vào nhật ký)</span>
        </label>
      )}
      {canEdit && (
        <button type="button" disabled={saver.saving} onClick={() => void saver.save()} className="min-h-11 rounded bg-brand-700 px-4 font-bold text-white hover:bg-brand-800 disabled:opacity-60">
          {!live ? 'Lưu' : saver.correction ? 'Lưu và đăng ngay' : 'Lưu bản sửa (chờ duyệt)'}
        </button>
      )}
      <WorkflowPanel
        articleId={saver.articleId}
        status={status}
        versionRef={saver.versionRef}
        publishedAt={workflow.publishedAt}
        permissions={workflow.permissions}
        returnComment={workflow.returnComment}
        withdrawalReason={workflow.withdrawalReason}
        saveFirst={async () => (saver.dirty || saver.articleId === null ? saver.save() : true)}
        onDone={(text) => {
          saver.setMessage({ kind: 'ok', text });
          workflow.onDone();
        }}
        onError={(text, fieldErrors) => {
          saver.setMessage({ kind: 'error', text });
          saver.setErrors(fieldErrors ?? {});
        }}
        onDeleted={workflow.onDeleted}
      />
    </div>
  );
}
