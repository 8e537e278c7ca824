'use client';

import { Field, SelectField } from '@/components/admin/action-form';

export type ProfileDefaults = {
  name: string;
  slug: string;
  kind: string;
  field: string;
  unit: string;
  communeCode: string;
  summary: string;
  articleId: string;
  portraitMediaId: string;
  portraitAlt: string;
};

type Props = {
  defaults: ProfileDefaults;
  fields: readonly string[];
  units: { code: string; name: string }[];
  stories: { id: number; title: string; status: string }[];
  /** The story's photos, once it has one: the portrait is chosen among them. */
  photos?: { mediaId: number; label: string }[];
};

const STATUS = { DRAFT: 'nháp', SUBMITTED: 'chờ duyệt', RETURNED: 'bị trả lại', SCHEDULED: 'hẹn giờ', PUBLISHED: 'đã đăng', WITHDRAWN: 'đã gỡ' } as Record<string, string>;

/** The facts of a profile, inside an ActionForm (which shows each field's error). */
export function ProfileFields({ defaults, fields, units, stories, photos }: Props) {
  return (
    <>
      <Field name="name" label="Họ và tên / Tên tập thể" defaultValue={defaults.name} required />
      <SelectField name="kind" label="Đối tượng" options={{ INDIVIDUAL: 'Cá nhân', COLLECTIVE: 'Tập thể', HOUSEHOLD: 'Hộ gia đình' }} defaultValue={defaults.kind} />
      <SelectField name="field" label="Lĩnh vực" options={Object.fromEntries(fields.map((name) => [name, name]))} defaultValue={defaults.field} />
      <Field name="unit" label="Đơn vị, nơi công tác" defaultValue={defaults.unit} />
      <SelectField name="communeCode" label="Xã, phường" options={{ '': '— Không ghi —', ...Object.fromEntries(units.map((unit) => [unit.code, unit.name])) }} defaultValue={defaults.communeCode} />
      <Field name="slug" label="Đường dẫn" defaultValue={defaults.slug} hint="Để trống: tạo từ tên, ví dụ nguyen-thi-hong-nhung." />
      <div className="md:col-span-2">
        <SelectField
          name="articleId"
          label="Bài viết kể câu chuyện (viết trong mục Bài viết; gương điển hình lên cổng khi bài được duyệt đăng)"
          options={{ '': '— Chọn bài viết —', ...Object.fromEntries(stories.map((story) => [String(story.id), `${story.title} (${STATUS[story.status] ?? story.status})`])) }}
          defaultValue={defaults.articleId}
        />
      </div>
      <div className="md:col-span-2">
        <Field name="summary" label="Tóm tắt (hiện trong danh sách)" defaultValue={defaults.summary} rows={2} />
      </div>
      {photos && (
        <>
          <SelectField name="portraitMediaId" label="Ảnh chân dung (một ảnh trong bài)" options={{ '': '— Không có —', ...Object.fromEntries(photos.map((photo) => [String(photo.mediaId), photo.label])) }} defaultValue={defaults.portraitMediaId} />
          <Field name="portraitAlt" label="Mô tả ảnh chân dung (cho người không xem được ảnh)" defaultValue={defaults.portraitAlt} />
        </>
      )}
    </>
  );
}
