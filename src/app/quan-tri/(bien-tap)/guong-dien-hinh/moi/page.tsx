import { createProfileAction } from '@/app/quan-tri/profile-actions';
import { ActionForm } from '@/components/admin/action-form';
import { ProfileFields } from '@/components/profile-editor/profile-fields';
import { requireActor } from '@/lib/auth/session';
import { storyChoices } from '@/lib/awards/editor-profiles';
import { PROFILE_FIELDS } from '@/lib/awards/profile-input';
import { getUnits } from '@/lib/awards/register';
import { editorContext } from '@/lib/editor/run-action';

export const metadata = { title: 'Thêm gương điển hình' };

export default async function NewProfilePage() {
  await requireActor('/quan-tri/guong-dien-hinh/moi', 'article.create');
  const [stories, units] = await Promise.all([storyChoices(await editorContext()), getUnits()]);
  return (
    <>
      <h1 className="text-2xl font-bold">Thêm gương điển hình</h1>
      <p className="mt-1 text-sm text-neutral-700">Viết câu chuyện trước, như một bài viết (có thể để ở dạng nháp); rồi chọn bài ở đây. Ảnh chân dung chọn sau khi lưu, trong các ảnh của bài.</p>
      <ActionForm action={createProfileAction} submit="Lưu" className="mt-4 grid gap-4 md:grid-cols-2">
        <ProfileFields
          defaults={{ name: '', slug: '', kind: 'INDIVIDUAL', field: PROFILE_FIELDS[0], unit: '', communeCode: '', summary: '', articleId: '', portraitMediaId: '', portraitAlt: '' }}
          fields={PROFILE_FIELDS}
          units={units.filter((unit) => !unit.validTo)}
          stories={stories}
        />
      </ActionForm>
    </>
  );
}
