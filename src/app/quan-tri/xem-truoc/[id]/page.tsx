import { notFound } from 'next/navigation';
import { ArticleFull } from '@/components/article/article-full';
import { embeddedDecisions } from '@/lib/awards/public-decisions';
import { SiteFrame } from '@/components/site/site-frame';
import { requireActor } from '@/lib/auth/session';
import { getSiteSettings } from '@/lib/content/settings';
import { STATUS_LABELS } from '@/lib/content/status-labels';
import { getEditableArticle, getPreview } from '@/lib/editor/editor-queries';

type Props = { params: Promise<{ id: string }> };

export const metadata = { title: 'Xem trước', robots: { index: false, follow: false } };

/** The saved article exactly as the public page renders it, whatever its status. */
export default async function PreviewPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireActor('/quan-tri');
  if (!/^\d{1,9}$/.test(id)) notFound();
  const [article, editable, settings] = await Promise.all([getPreview(actor, Number(id)), getEditableArticle(actor, Number(id)), getSiteSettings()]);
  if (!article || !editable) notFound();
  return (
    <>
      <p role="status" className="bg-amber-100 px-4 py-2 text-center text-sm font-medium text-amber-950">
        Bản xem trước — {STATUS_LABELS[editable.status]}, phiên bản {editable.version}. Bạn đọc chưa thấy trang này nếu bài chưa được đăng.
      </p>
      <SiteFrame>
        <ArticleFull article={article} related={[]} siteName={settings.siteName} decisions={await embeddedDecisions(article.body)} />
      </SiteFrame>
    </>
  );
}
