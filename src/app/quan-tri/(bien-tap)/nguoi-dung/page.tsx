import { createUserAction, resetPasswordAction, updateUserAction } from '@/app/quan-tri/admin-actions';
import { endUserSessionsAction, resetTwoFactorAction } from '@/app/quan-tri/security-actions';
import { ActionForm, Field, RoleSelect } from '@/components/admin/action-form';
import { ROLE_LABELS } from '@/lib/auth/permissions';
import { requireActor } from '@/lib/auth/session';
import { listUsers } from '@/lib/admin/users';

export const metadata = { title: 'Người dùng' };

export default async function UsersPage() {
  const actor = await requireActor('/quan-tri/nguoi-dung', 'user.manage');
  const users = await listUsers({ actor, ip: null });
  return (
    <>
      <h1 className="text-2xl font-bold">Người dùng</h1>
      <div className="mt-4 grid gap-6 lg:grid-cols-[minmax(0,1fr)_340px]">
        <ul className="grid gap-4">
          {users.map((user) => (
            <li key={user.id} className={`rounded border p-4 ${user.disabled ? 'border-neutral-200 bg-neutral-50' : 'border-neutral-300'}`}>
              <p className="font-bold">
                {user.name} <span className="font-normal text-neutral-700">· {user.email}</span>
                {user.disabled && <span className="ml-2 rounded bg-neutral-200 px-2 py-0.5 text-sm">Đã khoá</span>}
                {user.demoAccount && <span className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-sm">Tài khoản minh hoạ (chỉ đăng nhập trên máy chủ)</span>}
              </p>
              <p className="text-sm text-neutral-700">
                Xác thực hai bước: {user.twoFactor ? 'đã bật' : 'chưa bật'} · {user.openSessions} phiên đang mở
              </p>
              <div className="mt-3 grid gap-4 md:grid-cols-2">
                <ActionForm action={updateUserAction} submit="Lưu" label={`Sửa tài khoản ${user.email}`}>
                  <input type="hidden" name="id" value={user.id} />
                  <Field name="name" label="Họ tên" defaultValue={user.name} required />
                  <RoleSelect name="role" defaultValue={user.role} labels={ROLE_LABELS} />
                  <label className="flex items-center gap-2 text-sm">
                    <input type="checkbox" name="disabled" defaultChecked={user.disabled} /> Khoá tài khoản
                  </label>
                </ActionForm>
                <ActionForm action={resetPasswordAction} submit="Đặt lại mật khẩu" label={`Đặt lại mật khẩu cho ${user.email}`}>
                  <input type="hidden" name="id" value={user.id} />
                  <Field name="password" label="Mật khẩu mới" type="password" autoComplete="new-password" required hint="Ít nhất 10 ký tự. Báo cho người dùng qua kênh an toàn." />
                </ActionForm>
              </div>
              <div className="mt-3 flex flex-wrap gap-3">
                {user.openSessions > 0 && (
                  <ActionForm action={endUserSessionsAction} submit="Kết thúc mọi phiên" label={`Kết thúc mọi phiên của ${user.email}`} danger className="grid gap-1">
                    <input type="hidden" name="id" value={user.id} />
                  </ActionForm>
                )}
                {user.twoFactor && (
                  <ActionForm action={resetTwoFactorAction} submit="Đặt lại xác thực hai bước" label={`Đặt lại xác thực hai bước của ${user.email}`} danger confirm={`Đặt lại xác thực hai bước của ${user.email}? Người này sẽ phải đăng ký lại.`} className="grid gap-1">
                    <input type="hidden" name="id" value={user.id} />
                  </ActionForm>
                )}
              </div>
            </li>
          ))}
        </ul>
        <section aria-labelledby="tao-tai-khoan" className="h-fit rounded border border-neutral-300 p-4">
          <h2 id="tao-tai-khoan" className="text-lg font-bold">
            Tạo tài khoản
          </h2>
          <ActionForm action={createUserAction} submit="Tạo tài khoản" className="mt-3 grid gap-3">
            <Field name="name" label="Họ tên" required />
            <Field name="email" label="Email" type="email" autoComplete="off" required />
            <RoleSelect name="role" labels={ROLE_LABELS} />
            <Field name="password" label="Mật khẩu ban đầu" type="password" autoComplete="new-password" required hint="Ít nhất 10 ký tự." />
          </ActionForm>
        </section>
      </div>
    </>
  );
}
