import { changeOwnPasswordAction } from '@/app/quan-tri/admin-actions';
import { ActionForm, Field } from '@/components/admin/action-form';

export const metadata = { title: 'Tài khoản' };

export default function AccountPage() {
  return (
    <>
      <h1 className="text-2xl font-bold">Đổi mật khẩu</h1>
      <ActionForm action={changeOwnPasswordAction} submit="Đổi mật khẩu" className="mt-4 grid max-w-md gap-3">
        <Field name="current" label="Mật khẩu hiện tại" type="password" autoComplete="current-password" required />
        <Field name="next" label="Mật khẩu mới" type="password" autoComplete="new-password" required hint="Ít nhất 10 ký tự." />
        <Field name="repeat" label="Nhập lại mật khẩu mới" type="password" autoComplete="new-password" required />
      </ActionForm>
    </>
  );
}
