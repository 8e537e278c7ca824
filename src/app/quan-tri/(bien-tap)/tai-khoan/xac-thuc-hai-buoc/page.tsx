import Link from 'next/link';
import { disableTwoFactorAction } from '@/app/quan-tri/security-actions';
import { TwoFactorSetup } from '@/components/account/two-factor-setup';
import { ActionForm, Field } from '@/components/admin/action-form';
import { requireActor } from '@/lib/auth/session';
import { twoFactorStatus } from '@/lib/auth/two-factor';

export const metadata = { title: 'Xác thực hai bước' };

export default async function TwoFactorPage() {
  const actor = await requireActor('/quan-tri/tai-khoan/xac-thuc-hai-buoc', 'account.self');
  const status = await twoFactorStatus({ actor, ip: null });
  return (
    <>
      <p className="text-sm">
        <Link href="/quan-tri/tai-khoan" className="underline">
          ← Tài khoản của tôi
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">Xác thực hai bước</h1>
      {status.enabled ? (
        <div className="mt-4 grid max-w-xl gap-4">
          <p>
            Đang bật: mỗi lần đăng nhập, sau mật khẩu, bạn nhập mã từ ứng dụng xác thực. Còn {status.recoveryCodesLeft} mã dự phòng chưa dùng; hết mã, hãy nhờ quản trị viên đặt lại.
          </p>
          {status.required ? (
            <p className="text-neutral-700">Vai trò của bạn bắt buộc dùng xác thực hai bước nên không thể tắt.</p>
          ) : (
            <ActionForm action={disableTwoFactorAction} submit="Tắt xác thực hai bước" danger className="grid gap-3">
              <Field name="password" label="Mật khẩu" type="password" autoComplete="current-password" required />
              <Field name="code" label="Mã xác thực hoặc mã dự phòng" autoComplete="one-time-code" required />
            </ActionForm>
          )}
        </div>
      ) : (
        <TwoFactorSetup required={status.required} />
      )}
    </>
  );
}
