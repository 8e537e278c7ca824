import Link from 'next/link';
import { notFound } from 'next/navigation';
import { linkGrantsAction, saveProfileAction } from '@/app/quan-tri/profile-actions';
import { ActionForm } from '@/components/admin/action-form';
import { ProfileFields } from '@/components/profile-editor/profile-fields';
import { requireActor } from '@/lib/auth/session';
import { getProfileForEditor, storyChoices } from '@/lib/awards/editor-profiles';
import { PROFILE_FIELDS } from '@/lib/awards/profile-input';
import { getUnits } from '@/lib/awards/register';
import { editorContext } from '@/lib/editor/run-action';
import { formatVietnamDate } from '@/lib/text/dates';
import { orNotFound } from '@/lib/editor/or-not-found';

type Props = { params: Promise<{ id: string }> };

export const metadata = { title: 'Gương điển hình' };

export default async function ProfileEditorPage({ params }: Props) {
  const { id: raw } = await params;
  await requireActor(`/quan-tri/guong-dien-hinh/${raw}`, 'article.read');
  if (!/^\d{1,9}$/.test(raw)) notFound();
  const ctx = await editorContext();
  const { row, candidates, editable } = await orNotFound(getProfileForEditor(ctx, Number(raw)));
  const [stories, units] = await Promise.all([storyChoices(ctx, row.articleId), getUnits()]);
  const hidden = (
    <>
      <input type="hidden" name="id" value={row.id} />
      <input type="hidden" name="version" value={row.version} />
      <input type="hidden" name="slug" value={row.slug} />
    </>
  );
  const grantLabel = (g: { awardName: string; awardClass: string | null; number: string; issuedOn: Date }) =>
    `${g.awardName}${g.awardClass ? ` hạng ${g.awardClass}` : ''}, Quyết định số ${g.number} ngày ${formatVietnamDate(g.issuedOn)}`;
  return (
    <>
      <p className="text-sm">
        <Link href="/quan-tri/guong-dien-hinh" className="text-brand-700 underline">
          ‹ Các gương điển hình
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{row.name}</h1>
      <p className="mt-1 text-sm text-neutral-700">
        Câu chuyện:{' '}
        <Link href={`/quan-tri/bai-viet/${row.article.id}`} className="text-brand-700 underline">
          {row.article.title}
        </Link>
        {row.article.status === 'PUBLISHED' && (
          <>
            {' · '}
            <a href={`/guong-dien-hinh/${row.slug}`} className="text-brand-700 underline">
              Xem trên cổng
            </a>
          </>
        )}
      </p>
      {editable ? (
        <ActionForm action={saveProfileAction} submit="Lưu" className="mt-4 grid gap-4 md:grid-cols-2">
          {hidden}
          <ProfileFields
            defaults={{
              name: row.name,
              slug: row.slug,
              kind: row.kind,
              field: row.field,
              unit: row.unit,
              communeCode: row.communeCode ?? '',
              summary: row.summary,
              articleId: String(row.articleId),
              portraitMediaId: row.portraitMediaId ? String(row.portraitMediaId) : '',
              portraitAlt: row.portraitAlt,
            }}
            fields={PROFILE_FIELDS}
            units={units.filter((unit) => !unit.validTo)}
            stories={stories}
            photos={row.article.photos.map((photo, i) => ({ mediaId: photo.mediaId, label: `Ảnh ${i + 1}: ${photo.caption || photo.alt || 'không chú thích'}`.slice(0, 120) }))}
          />
        </ActionForm>
      ) : (
        <p className="mt-4 rounded bg-neutral-100 p-3 text-sm">Bạn không sửa được bài viết kể câu chuyện này, nên không sửa được gương điển hình của nó.</p>
      )}

      <section aria-labelledby="khen-thuong" className="mt-8">
        <h2 id="khen-thuong" className="text-xl font-bold">
          Khen thưởng đã gắn ({row.grants.length})
        </h2>
        {row.grants.length > 0 && editable ? (
          <ActionForm action={linkGrantsAction} submit="Bỏ gắn các dòng đã chọn" danger className="mt-2 grid gap-2" label="Bỏ gắn khen thưởng">
            {hidden}
            <input type="hidden" name="mode" value="unlink" />
            <ul className="space-y-1 text-sm">
              {row.grants.map((grant) => (
                <li key={grant.id}>
                  <label className="flex items-start gap-2">
                    <input type="checkbox" name="grantIds" value={grant.id} className="mt-1" />
                    <span>{grantLabel({ awardName: grant.awardType.name, awardClass: grant.awardClass, number: grant.decision.number, issuedOn: grant.issuedOn })}</span>
                  </label>
                </li>
              ))}
            </ul>
          </ActionForm>
        ) : (
          row.grants.length === 0 && <p className="mt-1 text-sm text-neutral-700">Chưa gắn lần khen thưởng nào.</p>
        )}
        {candidates.length > 0 && editable && (
          <ActionForm action={linkGrantsAction} submit="Gắn các dòng đã chọn" className="mt-4 grid gap-2 rounded border border-neutral-300 p-4" label="Gắn khen thưởng">
            {hidden}
            <input type="hidden" name="mode" value="link" />
            <p className="text-sm font-medium">Trong tra cứu khen thưởng có {candidates.length} lần khen thưởng cùng họ tên; chọn những lần là của {row.name}:</p>
            <ul className="space-y-1 text-sm">
              {candidates.map((grant) => (
                <li key={grant.id}>
                  <label className="flex items-start gap-2">
                    <input type="checkbox" name="grantIds" value={grant.id} className="mt-1" />
                    <span>
                      {grant.displayName}
                      {grant.unit ? ` (${grant.unit})` : ''}: {grantLabel(grant)}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </ActionForm>
        )}
      </section>
    </>
  );
}
