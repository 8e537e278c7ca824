import { saveSettingsAction } from '@/app/quan-tri/admin-actions';
import { ActionForm, Field } from '@/components/admin/action-form';
import { readSettingsForEditing } from '@/lib/admin/site-admin';
import { requireActor } from '@/lib/auth/session';

export const metadata = { title: 'Cài đặt' };

export default async function SettingsPage() {
  const actor = await requireActor('/quan-tri/cai-dat', 'settings.manage');
  const settings = await readSettingsForEditing({ actor, ip: null });
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
      </ActionForm>
    </>
  );
}
