import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RestoreRevisionButton } from '@/components/editor/restore-revision-button';
import { WordDiff } from '@/components/editor/word-diff';
import { VietnamTime } from '@/components/ui/vietnam-time';
import { can } from '@/lib/auth/permissions';
import { requireActor } from '@/lib/auth/session';
import { facts } from '@/lib/editor/article-store';
import { getEditableArticle } from '@/lib/editor/editor-queries';
import { snapshotOf } from '@/lib/editor/editable-article';
import { REVISION_LABELS } from '@/lib/editor/revision-labels';
import { diffSnapshots, getRevision, listRevisions } from '@/lib/editor/revisions';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata = { title: 'Lịch sử phiên bản' };

const ID = /^\d{1,9}$/;
const one = (value: string | string[] | undefined) => (typeof value === 'string' && ID.test(value) ? Number(value) : null);

export default async function RevisionsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requireActor('/quan-tri');
  if (!ID.test(id)) notFound();
  const article = await getEditableArticle(actor, Number(id));
  if (!article) notFound();
  const ctx = { actor, ip: null };
  const query = await searchParams;
  const hideAutosaves = query['tu-luu'] === 'an';
  const all = await listRevisions(ctx, article.id);
  const revisions = hideAutosaves ? all.filter((revision) => revision.kind !== 'AUTOSAVE') : all;
  const autosaves = all.length - all.filter((revision) => revision.kind !== 'AUTOSAVE').length;
  const shownId = one(query.xem);
  const shown = shownId ? await getRevision(ctx, article.id, shownId).catch(() => null) : null;
  // Compared with the current article, or with another revision when `so-voi` names one.
  const otherId = one(query['so-voi']);
  const other = otherId ? await getRevision(ctx, article.id, otherId).catch(() => null) : null;
  // The edit waiting for approval is read against what the public sees now.
  const pendingShown = Boolean(shown && !other && article.pending?.revisionId === shown.item.id);
  const newer = other ? other.snapshot : snapshotOf(article);
  const diffs = shown ? (pendingShown ? diffSnapshots(snapshotOf(article), shown.snapshot) : diffSnapshots(shown.snapshot, newer)) : [];
  const working = ['DRAFT', 'RETURNED', 'SUBMITTED'].includes(article.status);
  const mayEdit = can(actor, 'article.edit', facts(article));

  return (
    <>
      <p className="text-sm">
        <Link href={`/quan-tri/bai-viet/${article.id}`} className="underline">
          ← Về bài “{article.title}”
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">Lịch sử phiên bản</h1>
      {autosaves > 0 && (
        <p className="mt-2 text-sm">
          {hideAutosaves ? `Đang ẩn ${autosaves} bản tự lưu. ` : `Có ${autosaves} bản tự lưu. `}
          <Link href={hideAutosaves ? '?' : '?tu-luu=an'} className="underline">
            {hideAutosaves ? 'Hiện cả bản tự lưu' : 'Chỉ xem các lần lưu tay và các bước duyệt'}
          </Link>
        </p>
      )}
      <div className="mt-4 grid gap-6 lg:grid-cols-[320px_minmax(0,1fr)]">
        <ol className="divide-y divide-neutral-200 rounded border border-neutral-200">
          {revisions.map((revision) => (
            <li key={revision.id} className={`p-3 text-sm ${revision.id === shownId ? 'bg-brand-50' : ''}`}>
              <Link href={`?xem=${revision.id}${hideAutosaves ? '&tu-luu=an' : ''}`} className="font-medium underline" aria-current={revision.id === shownId ? 'true' : undefined}>
                Phiên bản {revision.version}
              </Link>{' '}
              <span className={`ml-1 rounded px-1.5 py-0.5 text-xs font-medium ${REVISION_LABELS[revision.kind].tone}`}>{REVISION_LABELS[revision.kind].label}</span>
              <p className="text-neutral-700">
                {revision.author ?? 'Hệ thống'} · <VietnamTime value={revision.createdAt} />
              </p>
              {revision.note && (
                <p className="text-neutral-700">
                  {['RETURN', 'WITHDRAW', 'FORCE_PUBLISH'].includes(revision.kind) ? `Lý do: ${revision.note}` : revision.note}
                </p>
              )}
            </li>
          ))}
          {revisions.length === 0 && <li className="p-3 text-sm">Chưa có phiên bản nào.</li>}
        </ol>
        <section aria-labelledby="so-sanh">
          {shown ? (
            <>
              <h2 id="so-sanh" className="text-lg font-bold">
                {pendingShown
                  ? 'Bản sửa chờ duyệt so với bản đang đăng'
                  : `Phiên bản ${shown.item.version} so với ${other ? `phiên bản ${other.item.version}` : `bản hiện tại (phiên bản ${article.version})`}`}
              </h2>
              <p className="mt-1 text-sm text-neutral-700">
                {pendingShown ? (
                  <>
                    Chữ <del className="bg-red-100">gạch</del> chỉ có ở bản đang đăng; chữ <ins className="bg-green-100">tô xanh</ins> là phần bản sửa thêm vào.
                  </>
                ) : (
                  <>
                    Chữ <del className="bg-red-100">gạch</del> chỉ có ở phiên bản {shown.item.version}; chữ <ins className="bg-green-100">tô xanh</ins> chỉ có ở bản được so.
                  </>
                )}
              </p>
              {diffs.length === 0 ? (
                <p className="mt-3">Không có khác biệt về chữ.</p>
              ) : (
                <dl className="mt-3 grid gap-4">
                  {diffs.map((diff) => (
                    <div key={diff.field}>
                      <dt className="font-bold">{diff.label}</dt>
                      <dd className="mt-1 rounded border border-neutral-200 p-3 whitespace-pre-wrap">
                        <WordDiff parts={diff.parts} />
                      </dd>
                    </div>
                  ))}
                </dl>
              )}
              {mayEdit && (
                <div className="mt-4 flex flex-wrap gap-2">
                  {working ? (
                    <RestoreRevisionButton articleId={article.id} revisionId={shown.item.id} version={article.version} label={`Khôi phục phiên bản ${shown.item.version} thành bản nháp`} />
                  ) : (
                    <Link href={`/quan-tri/bai-viet/${article.id}?phien-ban=${shown.item.id}`} className="min-h-11 rounded bg-brand-700 px-4 py-2.5 font-medium text-white">
                      Mở phiên bản {shown.item.version} trong biểu mẫu
                    </Link>
                  )}
                </div>
              )}
            </>
          ) : (
            <p id="so-sanh">Chọn một phiên bản để xem khác biệt với bản hiện tại.</p>
          )}
        </section>
      </div>
    </>
  );
}
