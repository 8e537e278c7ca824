import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArticleEditor } from '@/components/editor/article-editor';
import { requireActor } from '@/lib/auth/session';
import { STATUS_LABELS } from '@/lib/content/status-labels';
import { editorOptions, getEditableArticle, permissionsFor } from '@/lib/editor/editor-queries';
import { formStateOf } from '@/lib/editor/form-state';
import { getRevision } from '@/lib/editor/revisions';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata = { title: 'Biên tập bài viết' };

const ID = /^\d{1,9}$/;

export default async function EditArticlePage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requireActor(`/quan-tri/bai-viet/${ID.test(id) ? id : ''}`);
  if (!ID.test(id)) notFound();
  const article = await getEditableArticle(actor, Number(id));
  if (!article) notFound();
  const revision = (await searchParams)['phien-ban'];
  const loaded = typeof revision === 'string' && ID.test(revision) ? await getRevision({ actor, ip: null }, article.id, Number(revision)).catch(() => null) : null;
  const [options, permissions] = await Promise.all([editorOptions(), permissionsFor(actor, article)]);
  const live = article.status === 'PUBLISHED' || article.status === 'SCHEDULED';
  return (
    <>
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">Biên tập bài viết</h1>
        <p className="text-sm text-neutral-700">
          {STATUS_LABELS[article.status]}
          {live && (
            <>
              {' · '}
              <Link href={`/bai-viet/${article.slug}`} className="underline">
                Xem trên cổng
              </Link>
            </>
          )}
        </p>
      </div>
      {loaded && (
        <p className="mb-4 rounded bg-amber-50 p-3 text-sm">
          Đang xem nội dung phiên bản {loaded.item.version} trong biểu mẫu. Bấm Lưu để dùng lại nội dung này; nếu không, bài giữ nguyên.
        </p>
      )}
      <ArticleEditor
        // A workflow step (a new status, a pending edit published or dropped) starts the form
        // afresh; a save does not, so nothing typed while a save is on its way is lost.
        key={`${article.id}:${article.status}:${article.pending?.revisionId ?? ''}:${loaded?.item.id ?? ''}`}
        article={article}
        loaded={loaded ? { ...formStateOf(loaded.snapshot), slug: article.slug } : null}
        sections={options.sections}
        tagSuggestions={options.tags}
        permissions={permissions}
        defaultByline={actor.name}
        siteName={options.siteName}
        decisions={options.decisions}
      />
    </>
  );
}
