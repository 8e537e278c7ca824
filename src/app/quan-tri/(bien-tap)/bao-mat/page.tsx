import { clearThrottleAction, saveSecuritySettingsAction } from '@/app/quan-tri/security-actions';
import { SessionList } from '@/components/account/session-list';
import { ActionForm, CheckboxField } from '@/components/admin/action-form';
import { listThrottles, readSecuritySettings } from '@/lib/admin/security';
import { requireActor } from '@/lib/auth/session';
import { listSessions } from '@/lib/auth/sessions';
import { THROTTLE } from '@/lib/auth/throttle';
import { waitText } from '@/lib/text/format';

export const metadata = { title: 'Bảo mật' };

export default async function SecurityPage() {
  const actor = await requireActor('/quan-tri/bao-mat', 'security.manage');
  const ctx = { actor, ip: null, sessionId: actor.sessionId };
  const [throttles, sessions, settings] = await Promise.all([listThrottles(ctx), listSessions(ctx, true), readSecuritySettings(ctx)]);
  return (
    <>
      <h1 className="text-2xl font-bold">Bảo mật đăng nhập</h1>

      <section aria-labelledby="lam-cham" className="mt-6">
        <h2 id="lam-cham" className="text-lg font-bold">
          Đang bị làm chậm đăng nhập
        </h2>
        <p className="mt-1 text-sm text-neutral-700">
          Sau {THROTTLE.freeFailures} lần sai liên tiếp của một tài khoản từ một địa chỉ, mỗi lần sai tiếp theo phải đợi lâu gấp đôi (tối đa {waitText(THROTTLE.maxDelayMs)}); chỉ địa chỉ đó bị chậm. Một địa chỉ sai quá {THROTTLE.addressLimit} lần trong {waitText(THROTTLE.addressWindowMs)} bị chặn trong thời gian đó.
        </p>
        {throttles.length === 0 ? (
          <p className="mt-2">Không có ai đang bị làm chậm.</p>
        ) : (
          <div className="mt-2 overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Tài khoản và địa chỉ đang phải đợi</caption>
              <thead>
                <tr className="border-b border-neutral-300">
                  <th scope="col" className="p-2">Tài khoản</th>
                  <th scope="col" className="p-2">Địa chỉ</th>
                  <th scope="col" className="p-2">Số lần sai</th>
                  <th scope="col" className="p-2">Còn phải đợi</th>
                  <th scope="col" className="p-2"><span className="sr-only">Thao tác</span></th>
                </tr>
              </thead>
              <tbody>
                {throttles.map((row) => (
                  <tr key={`${row.email}|${row.ip}`} className="border-b border-neutral-200">
                    <td className="p-2">{row.email ?? <em>mọi tài khoản</em>}</td>
                    <td className="p-2 font-mono">{row.ip}</td>
                    <td className="p-2">{row.failures}</td>
                    <td className="p-2">{waitText(row.waitMs)}</td>
                    <td className="p-2">
                      <ActionForm action={clearThrottleAction} submit="Gỡ" label={`Gỡ làm chậm ${row.email ?? ''} ${row.ip}`} className="grid gap-1">
                        <input type="hidden" name="email" value={row.email ?? ''} />
                        <input type="hidden" name="ip" value={row.ip} />
                      </ActionForm>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="phien-mo" className="mt-8">
        <h2 id="phien-mo" className="mb-2 text-lg font-bold">
          Mọi phiên đăng nhập đang mở
        </h2>
        <SessionList sessions={sessions} showUser />
      </section>

      <section aria-labelledby="quy-dinh" className="mt-8 max-w-3xl">
        <h2 id="quy-dinh" className="text-lg font-bold">
          Quy định
        </h2>
        <ActionForm action={saveSecuritySettingsAction} submit="Lưu quy định" className="mt-2 grid gap-3">
          <CheckboxField name="twoFactorForApprovers" defaultChecked={settings.twoFactorForApprovers} label="Ban biên tập và quản trị viên bắt buộc dùng xác thực hai bước (người chưa bật sẽ được yêu cầu bật ngay khi đăng nhập)." />
          <CheckboxField name="approverMayCorrectAlone" defaultChecked={settings.approverMayCorrectAlone} label="Ban biên tập được tự đăng sửa chữa nhỏ của bài đang đăng mà không cần người thứ hai duyệt (mỗi lần đều ghi nhật ký)." />
        </ActionForm>
      </section>
    </>
  );
}
