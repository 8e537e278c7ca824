import Link from 'next/link';
import { changeOwnPasswordAction } from '@/app/quan-tri/admin-actions';
import { SessionList } from '@/components/account/session-list';
import { ActionForm, Field } from '@/components/admin/action-form';
import { requireActor } from '@/lib/auth/session';
import { listSessions } from '@/lib/auth/sessions';
import { twoFactorStatus } from '@/lib/auth/two-factor';

export const metadata = { title: 'Tài khoản' };

export default async function AccountPage() {
  const actor = await requireActor('/quan-tri/tai-khoan', 'account.self');
  const ctx = { actor, ip: null, sessionId: actor.sessionId };
  const [sessions, twoFactor] = await Promise.all([listSessions(ctx), twoFactorStatus(ctx)]);
  return (
    <>
      <h1 className="text-2xl font-bold">Tài khoản của tôi</h1>
      <section aria-labelledby="hai-buoc" className="mt-6 max-w-3xl">
        <h2 id="hai-buoc" className="text-lg font-bold">
          Xác thực hai bước
        </h2>
        <p className="mt-1">
          {twoFactor.enabled
            ? `Đang bật. Còn ${twoFactor.recoveryCodesLeft} mã dự phòng chưa dùng.`
            : twoFactor.required
              ? 'Vai trò của bạn bắt buộc dùng xác thực hai bước; hãy bật ngay.'
              : 'Chưa bật. Nên bật để tài khoản an toàn hơn khi lộ mật khẩu.'}{' '}
          <Link href="/quan-tri/tai-khoan/xac-thuc-hai-buoc" className="underline">
            {twoFactor.enabled ? 'Quản lý' : 'Bật xác thực hai bước'}
          </Link>
        </p>
      </section>
      <section aria-labelledby="phien" className="mt-6 max-w-3xl">
        <h2 id="phien" className="text-lg font-bold">
          Phiên đăng nhập đang mở
        </h2>
        <p className="mt-1 mb-2 text-sm text-neutral-700">Thấy phiên lạ? Hãy kết thúc phiên đó và đổi mật khẩu.</p>
        <SessionList sessions={sessions} />
      </section>
      <section aria-labelledby="doi-mat-khau" className="mt-6">
        <h2 id="doi-mat-khau" className="text-lg font-bold">
          Đổi mật khẩu
        </h2>
        <ActionForm action={changeOwnPasswordAction} submit="Đổi mật khẩu" className="mt-2 grid max-w-md gap-3">
          <Field name="current" label="Mật khẩu hiện tại" type="password" autoComplete="current-password" required />
          <Field name="next" label="Mật khẩu mới" type="password" autoComplete="new-password" required hint="Ít nhất 10 ký tự." />
          <Field name="repeat" label="Nhập lại mật khẩu mới" type="password" autoComplete="new-password" required />
        </ActionForm>
      </section>
    </>
  );
}
