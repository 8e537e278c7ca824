import { saveSettingsAction } from '@/app/quan-tri/admin-actions';
import { saveRegisterSettingsAction } from '@/app/quan-tri/decision-actions';
import { ActionForm, Field, SelectField } from '@/components/admin/action-form';
import { ImageSetting } from '@/components/admin/image-setting';
import { readSettingsForEditing } from '@/lib/admin/site-admin';
import { PUBLISH_LEVEL_LABELS } from '@/lib/awards/editor-decisions';
import { readRegisterSettings } from '@/lib/awards/register-settings';
import { requireActor } from '@/lib/auth/session';

export const metadata = { title: 'Cài đặt' };

export default async function SettingsPage() {
  const actor = await requireActor('/quan-tri/cai-dat', 'settings.manage');
  const [settings, register] = await Promise.all([readSettingsForEditing({ actor, ip: null }), readRegisterSettings({ actor, ip: null })]);
  return (
    <>
      <h1 className="text-2xl font-bold">Cài đặt cổng thông tin</h1>
      <ActionForm action={saveSettingsAction} submit="Lưu cài đặt" className="mt-4 grid max-w-3xl gap-3 md:grid-cols-2">
        <Field name="siteName" label="Tên cổng thông tin" defaultValue={settings.siteName} required />
        <Field name="agencyName" label="Cơ quan (đơn vị đăng tin)" defaultValue={settings.agencyName} required />
        <Field name="parentAgency" label="Cơ quan chủ quản" defaultValue={settings.parentAgency} />
        <Field name="description" label="Mô tả ngắn" defaultValue={settings.description} />
        <Field name="managingAgency" label="Cơ quan quản lý" defaultValue={settings.managingAgency} />
        <Field name="responsiblePerson" label="Người chịu trách nhiệm" defaultValue={settings.responsiblePerson} />
        <Field name="address" label="Địa chỉ" defaultValue={settings.address} />
        <Field name="phone" label="Điện thoại" defaultValue={settings.phone} />
        <Field name="email" label="Email" type="email" defaultValue={settings.email} />
        <Field name="licence" label="Giấy phép" defaultValue={settings.licence} />
        <Field name="officeHours" label="Giờ làm việc (trang Liên hệ)" defaultValue={settings.officeHours} hint="Ví dụ: Sáng 7 giờ – 11 giờ 30, chiều 13 giờ 30 – 17 giờ, thứ Hai đến thứ Sáu" />
        <Field name="mapUrl" label="Đường dẫn bản đồ (trang Liên hệ)" type="url" defaultValue={settings.mapUrl} hint="Bắt đầu bằng https://" />
        <div className="md:col-span-2">
          <Field name="footerNote" label="Dòng ghi chú chân trang" defaultValue={settings.footerNote} />
        </div>
        <ImageSetting name="logoMediaId" label="Logo hoặc quốc huy (đầu trang)" hint="Ảnh vuông, nền trong suốt nếu có; khi để trống, cổng dùng biểu trưng ngôi sao." initial={settings.logo} />
        <ImageSetting name="bannerMediaId" label="Ảnh banner (nền đầu trang)" hint="Ảnh ngang, rộng ít nhất 1.600 px; chữ trên banner luôn giữ độ tương phản." initial={settings.banner} />
      </ActionForm>
      <section aria-labelledby="tra-cuu-khen-thuong" className="mt-8 max-w-3xl">
        <h2 id="tra-cuu-khen-thuong" className="text-lg font-bold">
          Tra cứu khen thưởng
        </h2>
        <ActionForm action={saveRegisterSettingsAction} submit="Lưu" className="mt-2 grid gap-3">
          <SelectField name="grantPublishLevel" label="Mức công bố mặc định của cá nhân, hộ gia đình trong danh sách được khen (khi dòng không ghi cột “Công bố”)" options={PUBLISH_LEVEL_LABELS} defaultValue={register.grantPublishLevel} />
          <p className="text-sm text-neutral-700">Công bố đầy đủ: tên, chức vụ, đơn vị, xã phường, thành tích. Chỉ tên và đơn vị: không hiện chức vụ, địa bàn, thành tích. Không công bố: không có trong bất cứ trang, tệp hay thống kê chi tiết nào.</p>
        </ActionForm>
      </section>
    </>
  );
}
