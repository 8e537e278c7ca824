import { saveMenuItemAction, saveWebsiteLinkAction } from '@/app/quan-tri/site-actions';
import { ActionForm, Field } from '@/components/admin/action-form';
import { ImageSetting } from '@/components/admin/image-setting';
import { requireActor } from '@/lib/auth/session';
import { getSections } from '@/lib/content/sections';
import { editorContext } from '@/lib/editor/run-action';
import { readMenusForEditing } from '@/lib/site/menu-admin';
import { DEFAULT_FOOTER_MENU, defaultMainMenu } from '@/lib/site/menus';

export const metadata = { title: 'Menu và liên kết' };

const PLACES = [
  { place: 'MAIN', title: 'Menu chính', id: 'menu-chinh' },
  { place: 'FOOTER', title: 'Liên kết chân trang', id: 'menu-chan-trang' },
] as const;

function ItemFields({ place, label, href, position }: { place: string; label: string; href: string; position: number }) {
  return (
    <>
      <input type="hidden" name="place" value={place} />
      <Field name="label" label="Tên mục" defaultValue={label} required />
      <Field name="href" label="Địa chỉ" defaultValue={href} required hint="Trang của cổng (/van-ban) hoặc https://…" />
      <Field name="position" label="Thứ tự" type="number" defaultValue={position} />
    </>
  );
}

export default async function MenuAdminPage() {
  await requireActor('/quan-tri/menu', 'settings.manage');
  const [{ items, links }, sections] = await Promise.all([readMenusForEditing(await editorContext()), getSections()]);
  return (
    <>
      <h1 className="text-2xl font-bold">Menu và liên kết website</h1>
      <p className="mt-1 max-w-3xl text-sm text-neutral-700">Mỗi thay đổi hiện ngay trên mọi trang. Mục sắp xếp theo số thứ tự, nhỏ trước.</p>
      {PLACES.map(({ place, title, id }) => {
        const own = items.filter((item) => item.place === place);
        const shown = own.length > 0 ? null : place === 'MAIN' ? defaultMainMenu(sections) : DEFAULT_FOOTER_MENU;
        return (
          <section key={place} aria-labelledby={id} className="mt-6 max-w-4xl">
            <h2 id={id} className="text-xl font-bold">
              {title}
            </h2>
            {shown && (
              <p className="mt-1 text-sm">
                Đang dùng menu mặc định: {shown.map((item) => item.label).join(', ')}. Khi thêm mục đầu tiên, menu mặc định được chép vào đây để sửa tiếp.
              </p>
            )}
            <ol className="mt-2 divide-y divide-neutral-200" data-menu={place}>
              {own.map((item) => (
                <li key={item.id} className="py-2">
                  <ActionForm action={saveMenuItemAction} submit="Lưu" className="grid items-start gap-2 md:grid-cols-[1fr_1fr_6rem]" label={`Mục ${item.label}`}>
                    <input type="hidden" name="id" value={item.id} />
                    <ItemFields place={place} label={item.label} href={item.href} position={item.position} />
                  </ActionForm>
                  <ActionForm action={saveMenuItemAction} submit="Xóa mục" danger confirm={`Xóa mục “${item.label}” khỏi ${title.toLowerCase()}?`} className="mt-1" label={`Xóa mục ${item.label}`}>
                    <input type="hidden" name="id" value={item.id} />
                    <input type="hidden" name="step" value="delete" />
                  </ActionForm>
                </li>
              ))}
            </ol>
            {own.length > 0 && (
              <ActionForm action={saveMenuItemAction} submit="Dùng lại menu mặc định" danger confirm={`Xóa mọi mục của ${title.toLowerCase()} và dùng lại menu mặc định (tự theo các chuyên mục)?`} className="mt-2" label={`Dùng lại ${title.toLowerCase()} mặc định`}>
                <input type="hidden" name="place" value={place} />
                <input type="hidden" name="step" value="reset" />
              </ActionForm>
            )}
            <div className="mt-3 rounded border border-neutral-300 p-3">
              <h3 className="font-semibold">Thêm mục vào {title.toLowerCase()}</h3>
              <ActionForm action={saveMenuItemAction} submit="Thêm mục" className="mt-2 grid items-start gap-2 md:grid-cols-[1fr_1fr_6rem]" label={`Thêm mục vào ${title.toLowerCase()}`}>
                <ItemFields place={place} label="" href="" position={((own.at(-1)?.position ?? (shown?.length ?? 0) * 10) + 10)} />
              </ActionForm>
            </div>
          </section>
        );
      })}
      <section aria-labelledby="lien-ket-website" className="mt-8 max-w-4xl">
        <h2 id="lien-ket-website" className="text-xl font-bold">
          Liên kết website
        </h2>
        <p className="mt-1 text-sm text-neutral-700">Các cổng thông tin liên quan, có logo, hiện ở trang chủ.</p>
        <ol className="mt-2 divide-y divide-neutral-200">
          {links.map((link) => (
            <li key={link.id} className="py-3">
              <ActionForm action={saveWebsiteLinkAction} submit="Lưu" className="grid gap-2 md:grid-cols-2" label={`Liên kết ${link.name}`}>
                <input type="hidden" name="id" value={link.id} />
                <Field name="name" label="Tên cổng" defaultValue={link.name} required />
                <Field name="url" label="Địa chỉ" type="url" defaultValue={link.url} required />
                <Field name="position" label="Thứ tự" type="number" defaultValue={link.position} />
                <ImageSetting name="logoMediaId" label="Logo" initial={link.logo ? { mediaId: link.logo.id, storageKey: link.logo.storageKey } : null} />
              </ActionForm>
              <ActionForm action={saveWebsiteLinkAction} submit="Xóa liên kết" danger confirm={`Xóa liên kết “${link.name}”?`} className="mt-1" label={`Xóa liên kết ${link.name}`}>
                <input type="hidden" name="id" value={link.id} />
                <input type="hidden" name="step" value="delete" />
              </ActionForm>
            </li>
          ))}
        </ol>
        <div className="mt-3 rounded border border-neutral-300 p-3">
          <h3 className="font-semibold">Thêm liên kết website</h3>
          <ActionForm action={saveWebsiteLinkAction} submit="Thêm liên kết" className="mt-2 grid gap-2 md:grid-cols-2" label="Thêm liên kết website">
            <Field name="name" label="Tên cổng" required />
            <Field name="url" label="Địa chỉ" type="url" required />
            <Field name="position" label="Thứ tự" type="number" defaultValue={(links.length + 1) * 10} />
            <ImageSetting name="logoMediaId" label="Logo" initial={null} />
          </ActionForm>
        </div>
      </section>
    </>
  );
}
