'use client';

import type { RefObject } from 'react';
import { useState } from 'react';
import { deleteDraftAction, transitionAction } from '@/app/quan-tri/article-actions';
import type { ArticleStatus } from '@/generated/prisma/enums';
import { STATUS_LABELS } from '@/lib/content/status-labels';
import { parseVietnamDateTime } from '@/lib/text/dates';

export type WorkflowPermissions = {
  edit: boolean;
  publishEdit: boolean;
  discardEdit: boolean;
  submit: boolean;
  return: boolean;
  publish: boolean;
  forcePublish: boolean;
  withdraw: boolean;
  delete: boolean;
};

type Kind = 'submit' | 'return' | 'publish' | 'forcePublish' | 'withdraw' | 'publishEdit' | 'discardEdit';

type Props = {
  articleId: number | null;
  status: ArticleStatus;
  versionRef: RefObject<number>;
  publishedAt: string;
  permissions: WorkflowPermissions;
  returnComment: string | null;
  withdrawalReason: string | null;
  saveFirst: () => Promise<boolean>;
  onDone: (message: string) => void;
  onError: (message: string, fieldErrors?: Record<string, string[]>) => void;
  onDeleted: () => void;
};

const ASK: Partial<Record<Kind, { label: string; field: 'comment' | 'reason'; button: string }>> = {
  return: { label: 'Lý do trả lại (người viết sẽ thấy)', field: 'comment', button: 'Trả lại bài' },
  withdraw: { label: 'Lý do gỡ bài (ghi vào nhật ký)', field: 'reason', button: 'Gỡ bài' },
  forcePublish: { label: 'Lý do đăng không qua duyệt (ghi vào nhật ký)', field: 'reason', button: 'Đăng không qua duyệt' },
};

const DONE: Record<Kind, string> = {
  submit: 'Đã gửi duyệt.',
  return: 'Đã trả lại bài cho người viết.',
  publish: 'Đã duyệt đăng.',
  forcePublish: 'Đã đăng không qua duyệt.',
  withdraw: 'Đã gỡ bài.',
  publishEdit: 'Đã duyệt và đăng bản sửa.',
  discardEdit: 'Đã bỏ bản sửa; bài giữ bản đang đăng.',
};

export function WorkflowPanel(props: Props) {
  const { articleId, status, permissions: can } = props;
  const [asking, setAsking] = useState<Kind | null>(null);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const at = parseVietnamDateTime(props.publishedAt);
  const future = at instanceof Date && at > new Date();

  async function run(kind: Kind, extra: { comment?: string; reason?: string } = {}) {
    setBusy(true);
    try {
      // A pending edit is published or dropped as saved; the form's unsaved changes are not part of it.
      if (kind !== 'publishEdit' && kind !== 'discardEdit' && !(await props.saveFirst())) return;
      if (articleId === null && kind !== 'submit') return;
      const id = articleId ?? Number(window.location.pathname.split('/').pop());
      const result = await transitionAction({ articleId: id, kind, version: props.versionRef.current, ...extra });
      if (result.ok) {
        setAsking(null);
        setText('');
        props.onDone(kind === 'publish' && result.data.status === 'SCHEDULED' ? 'Đã duyệt; bài sẽ tự đăng vào thời điểm đã hẹn.' : DONE[kind]);
      } else {
        props.onError(result.error, result.fieldErrors);
      }
    } catch {
      props.onError('Mất kết nối; thao tác chưa được thực hiện. Vui lòng thử lại.');
    } finally {
      setBusy(false);
    }
  }

  const button = 'min-h-11 w-full rounded px-4 font-medium disabled:opacity-60';
  const ask = asking ? ASK[asking] : undefined;
  return (
    <section aria-labelledby="quy-trinh" className="rounded border border-neutral-300 p-3">
      <h2 id="quy-trinh" className="font-bold">
        Trạng thái: <span className="text-brand-700">{STATUS_LABELS[status]}</span>
      </h2>
      {status === 'RETURNED' && props.returnComment && (
        <p className="mt-2 rounded bg-amber-50 p-2 text-sm">
          <strong>Lý do trả lại:</strong> {props.returnComment}
        </p>
      )}
      {status === 'WITHDRAWN' && props.withdrawalReason && (
        <p className="mt-2 rounded bg-neutral-100 p-2 text-sm">
          <strong>Lý do gỡ:</strong> {props.withdrawalReason}
        </p>
      )}
      <div className="mt-3 grid gap-2">
        {can.submit && (
          <button type="button" disabled={busy} onClick={() => void run('submit')} className={`${button} bg-brand-700 text-white`}>
            Gửi duyệt
          </button>
        )}
        {can.publish && (
          <button type="button" disabled={busy} onClick={() => void run('publish')} className={`${button} bg-green-700 text-white`}>
            {future ? 'Duyệt và hẹn giờ đăng' : 'Duyệt và đăng ngay'}
          </button>
        )}
        {can.publishEdit && (
          <button type="button" disabled={busy} onClick={() => void run('publishEdit')} className={`${button} bg-green-700 text-white`}>
            Duyệt và đăng bản sửa
          </button>
        )}
        {can.discardEdit && (
          <button
            type="button"
            disabled={busy}
            onClick={() => window.confirm('Bỏ bản sửa đang chờ duyệt? Bài giữ nguyên bản đang đăng; bản sửa vẫn còn trong lịch sử phiên bản.') && void run('discardEdit')}
            className={`${button} border border-neutral-500 bg-white`}
          >
            Bỏ bản sửa
          </button>
        )}
        {can.return && (
          <button type="button" disabled={busy} onClick={() => setAsking('return')} className={`${button} border border-amber-600 bg-white text-amber-900`}>
            Trả lại…
          </button>
        )}
        {can.forcePublish && (
          <button type="button" disabled={busy} onClick={() => setAsking('forcePublish')} className={`${button} border border-neutral-500 bg-white`}>
            Đăng không qua duyệt…
          </button>
        )}
        {can.withdraw && (
          <button type="button" disabled={busy} onClick={() => setAsking('withdraw')} className={`${button} border border-red-600 bg-white text-red-800`}>
            Gỡ bài…
          </button>
        )}
        {articleId !== null && (
          <a href={`/quan-tri/xem-truoc/${articleId}`} target="_blank" rel="noopener" className={`${button} flex items-center justify-center border border-neutral-400 bg-white`}>
            Xem trước
          </a>
        )}
        {articleId !== null && (
          <a href={`/quan-tri/bai-viet/${articleId}/phien-ban`} className={`${button} flex items-center justify-center border border-neutral-400 bg-white`}>
            Lịch sử phiên bản
          </a>
        )}
        {can.delete && articleId !== null && (
          <button
            type="button"
            disabled={busy}
            onClick={async () => {
              if (!window.confirm('Xoá hẳn bản nháp này? Không thể hoàn tác.')) return;
              const result = await deleteDraftAction(articleId);
              if (result.ok) props.onDeleted();
              else props.onError(result.error);
            }}
            className={`${button} text-red-800 underline`}
          >
            Xoá bản nháp
          </button>
        )}
      </div>
      {ask && asking && (
        <form
          className="mt-3 grid gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            void run(asking, { [ask.field]: text });
          }}
        >
          <label htmlFor="ly-do" className="text-sm font-medium">
            {ask.label}
          </label>
          <textarea id="ly-do" required rows={3} value={text} onChange={(event) => setText(event.target.value)} className="rounded border border-neutral-400 p-2" />
          <div className="flex gap-2">
            <button type="submit" disabled={busy || !text.trim()} className="min-h-11 flex-1 rounded bg-brand-700 px-3 font-medium text-white disabled:opacity-60">
              {ask.button}
            </button>
            <button type="button" onClick={() => setAsking(null)} className="min-h-11 rounded border border-neutral-400 px-3">
              Huỷ
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
