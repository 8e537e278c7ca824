import { deleteCalendarDayAction, saveCalendarDayAction } from '@/app/quan-tri/consultation-actions';
import { ActionForm, CheckboxField, Field } from '@/components/admin/action-form';
import { requireActor } from '@/lib/auth/session';
import { CALENDAR_KIND_LABELS } from '@/lib/consultations/calendar-admin';
import { formatCalendarDate, weekdayOf } from '@/lib/consultations/working-days';
import { db } from '@/lib/db';

export const metadata = { title: 'Lịch làm việc' };

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

export default async function CalendarPage() {
  await requireActor('/quan-tri/lich-lam-viec', 'calendar.manage');
  const days = await db.workingCalendarDay.findMany({ orderBy: { date: 'asc' } });
  const years = [...new Set(days.map((d) => d.date.getUTCFullYear()))];
  return (
    <>
      <h1 className="text-2xl font-bold">Lịch làm việc</h1>
      <p className="mt-1 max-w-3xl text-sm text-neutral-700">
        Các ngày khác với tuần làm việc thứ Hai – thứ Sáu của cơ quan nhà nước: ngày lễ, Tết (Điều 112 Bộ luật Lao động), nghỉ bù, nghỉ hoán đổi và thứ Bảy làm bù theo quyết định hằng năm của Thủ tướng. Hạn lấy ý kiến được tính theo lịch này khi duyệt; sửa lịch không làm đổi hạn đã công bố.
      </p>
      <div className="mt-4 grid gap-6 lg:grid-cols-[minmax(0,1fr)_360px]">
        <div>
          {years.map((year) => (
            <section key={year} aria-labelledby={`nam-${year}`} className="mb-6">
              <h2 id={`nam-${year}`} className="text-xl font-bold">
                Năm {year}
              </h2>
              <table className="mt-2 w-full border-collapse text-sm">
                <caption className="sr-only">Các ngày đặc biệt năm {year}</caption>
                <thead>
                  <tr className="border-b-2 border-neutral-400 text-left">
                    <th scope="col" className="px-2 py-1">Ngày</th>
                    <th scope="col" className="px-2 py-1">Loại</th>
                    <th scope="col" className="px-2 py-1">Tên, căn cứ</th>
                    <th scope="col" className="px-2 py-1">
                      <span className="sr-only">Thao tác</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {days
                    .filter((d) => d.date.getUTCFullYear() === year)
                    .map((day) => {
                      const iso = day.date.toISOString().slice(0, 10);
                      return (
                        <tr key={iso} className="border-b border-neutral-200 align-top">
                          <th scope="row" className="px-2 py-1 text-left font-medium whitespace-nowrap">
                            {WEEKDAYS[weekdayOf(iso)]} {formatCalendarDate(iso)}
                          </th>
                          <td className="px-2 py-1">
                            {CALENDAR_KIND_LABELS[day.kind]}
                            {day.provisional && <span className="block font-medium text-amber-800">Dự kiến</span>}
                          </td>
                          <td className="px-2 py-1">
                            {day.name}
                            <span className="block text-neutral-600">{day.source}</span>
                          </td>
                          <td className="px-2 py-1">
                            <ActionForm action={deleteCalendarDayAction} submit="Xoá" danger className="grid" label={`Xoá ngày ${formatCalendarDate(iso)}`} confirm={`Xoá ngày ${formatCalendarDate(iso)} khỏi lịch?`}>
                              <input type="hidden" name="date" value={iso} />
                            </ActionForm>
                          </td>
                        </tr>
                      );
                    })}
                </tbody>
              </table>
            </section>
          ))}
        </div>
        <section aria-labelledby="them-ngay" className="h-fit rounded border border-neutral-300 p-4">
          <h2 id="them-ngay" className="text-lg font-bold">
            Thêm hoặc sửa một ngày
          </h2>
          <ActionForm action={saveCalendarDayAction} submit="Lưu" className="mt-3 grid gap-3">
            <Field name="date" label="Ngày" hint="Ví dụ 30/04/2027. Ngày đã có sẽ được sửa." required />
            <label className="grid text-sm font-medium">
              Loại
              <select name="kind" defaultValue="HOLIDAY" className="min-h-11 rounded border border-neutral-400 bg-white px-2 font-normal">
                {Object.entries(CALENDAR_KIND_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
            <Field name="name" label="Tên ngày" required />
            <Field name="source" label="Căn cứ (văn bản)" required />
            <CheckboxField name="provisional" label="Dự kiến (chưa có quyết định chính thức)" />
          </ActionForm>
        </section>
      </div>
    </>
  );
}
