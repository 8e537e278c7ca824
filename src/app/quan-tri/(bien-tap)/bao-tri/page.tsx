import { maintenanceAction } from '@/app/quan-tri/site-actions';
import { ActionForm, Field } from '@/components/admin/action-form';
import { requireActor } from '@/lib/auth/session';
import { getWorkingCalendar } from '@/lib/consultations/calendar';
import { editorContext } from '@/lib/editor/run-action';
import { listMaintenance } from '@/lib/site/maintenance';
import { earliestStop, NOTICE_WORKING_DAYS } from '@/lib/site/maintenance-rule';
import { formatVietnamInput, formatVietnamTime } from '@/lib/text/dates';

export const metadata = { title: 'Lịch bảo trì' };

export default async function MaintenancePage() {
  await requireActor('/quan-tri/bao-tri', 'maintenance.manage');
  const [windows, calendar] = await Promise.all([listMaintenance(await editorContext()), getWorkingCalendar()]);
  const earliest = earliestStop(calendar, new Date());
  const now = Date.now();
  return (
    <>
      <h1 className="text-2xl font-bold">Lịch bảo trì</h1>
      <p className="mt-1 max-w-3xl text-sm text-neutral-700">
        Khi cổng phải tạm dừng theo kế hoạch, thông báo trên mọi trang ít nhất {NOTICE_WORKING_DAYS} ngày làm việc trước (Nghị định 224/2026/NĐ-CP), kèm thời điểm dự kiến hoạt động trở lại. Ngày làm việc tính theo lịch làm việc của cổng. Hôm nay, sớm nhất có thể tạm dừng từ <strong>{formatVietnamTime(earliest)}</strong>.
      </p>
      <section aria-labelledby="len-lich" className="mt-6 max-w-3xl rounded border border-neutral-300 p-4">
        <h2 id="len-lich" className="text-lg font-bold">
          Lên lịch tạm dừng
        </h2>
        <ActionForm action={maintenanceAction} submit="Lên lịch và hiện thông báo" className="mt-3 grid gap-3 md:grid-cols-2" label="Lên lịch tạm dừng">
          <Field name="startsAt" label="Bắt đầu tạm dừng" defaultValue={formatVietnamInput(new Date(earliest.getTime() + 22 * 3600_000))} required hint="Ngày/tháng/năm giờ:phút, giờ Việt Nam" />
          <Field name="endsAt" label="Dự kiến hoạt động trở lại" defaultValue={formatVietnamInput(new Date(earliest.getTime() + 26 * 3600_000))} required />
          <div className="md:col-span-2">
            <Field name="message" label="Nội dung thêm (không bắt buộc)" hint="Ví dụ: Trong thời gian này, hồ sơ vẫn nộp được trên Cổng Dịch vụ công quốc gia." />
          </div>
        </ActionForm>
      </section>
      <section aria-labelledby="da-len-lich" className="mt-8 max-w-3xl">
        <h2 id="da-len-lich" className="text-lg font-bold">
          Đã lên lịch
        </h2>
        {windows.length === 0 && <p className="mt-2 text-sm">Chưa có lịch nào.</p>}
        <ul className="mt-2 divide-y divide-neutral-200">
          {windows.map((row) => (
            <li key={row.id} className="py-2 text-sm">
              <p>
                <strong>
                  {formatVietnamTime(row.startsAt)} – {formatVietnamTime(row.endsAt)}
                </strong>{' '}
                {row.cancelledAt ? '(đã hủy)' : row.endsAt.getTime() < now ? '(đã xong)' : '(đang thông báo)'}
              </p>
              {row.message && <p>{row.message}</p>}
              <p className="text-neutral-700">
                Lên lịch lúc {formatVietnamTime(row.createdAt)} bởi {row.createdBy?.name ?? '—'}
              </p>
              {!row.cancelledAt && row.endsAt.getTime() > now && (
                <ActionForm action={maintenanceAction} submit="Hủy lịch này" danger confirm="Hủy lịch bảo trì này? Thông báo sẽ không còn trên cổng." className="mt-1" label="Hủy lịch bảo trì">
                  <input type="hidden" name="id" value={row.id} />
                  <input type="hidden" name="step" value="cancel" />
                </ActionForm>
              )}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
