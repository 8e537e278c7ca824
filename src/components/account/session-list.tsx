import { endSessionAction } from '@/app/quan-tri/security-actions';
import { ActionForm } from '@/components/admin/action-form';
import { VietnamTime } from '@/components/ui/vietnam-time';
import type { SessionRow } from '@/lib/auth/sessions';
import { describeAgent } from '@/lib/text/user-agent';

/** Open sessions, each with where and when it began, when it was last used, and "end". */
export function SessionList({ sessions, showUser = false }: { sessions: SessionRow[]; showUser?: boolean }) {
  if (sessions.length === 0) return <p className="text-sm text-neutral-700">Không có phiên nào đang mở.</p>;
  return (
    <ul className="divide-y divide-neutral-200 rounded border border-neutral-200">
      {sessions.map((session) => (
        <li key={session.id} className="flex flex-wrap items-start justify-between gap-3 p-3 text-sm">
          <div>
            <p className="font-medium">
              {showUser && `${session.userName} · `}
              {describeAgent(session.userAgent)}
              {session.current && <span className="ml-2 rounded bg-green-100 px-1.5 py-0.5 text-xs text-green-900">Phiên này</span>}
            </p>
            <p className="text-neutral-700">
              Địa chỉ {session.ip || 'không rõ'} · bắt đầu <VietnamTime value={session.createdAt} /> · dùng lần cuối <VietnamTime value={session.lastSeenAt} />
            </p>
          </div>
          {!session.current && (
            <ActionForm action={endSessionAction} submit="Kết thúc phiên" label={`Kết thúc phiên ${describeAgent(session.userAgent)} ${session.ip}`} danger className="grid gap-1">
              <input type="hidden" name="id" value={session.id} />
            </ActionForm>
          )}
        </li>
      ))}
    </ul>
  );
}
