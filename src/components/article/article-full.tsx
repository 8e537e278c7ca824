import Link from 'next/link';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { VietnamTime } from '@/components/ui/vietnam-time';
import { bodyFigureIds } from '@/lib/content/body-text';
import type { PublicDecision } from '@/lib/awards/public-decisions';
import type { ArticleSummary, ArticleView } from '@/lib/content/views';
import { printedSapo, splitSapoSource } from '@/lib/text/prefixes';
import { ArticleBody } from './article-body';
import { ArticleCard } from './article-card';
import { AttachmentList } from './attachment-list';
import { PhotoFigure } from './photo-figure';
import { PrintButton } from './print-button';

type Props = { article: ArticleView; related: ArticleSummary[]; siteName: string; jsonLd?: string; decisions?: Record<string, PublicDecision> };

/** One article as readers see it; the editor's preview renders the same component. */
export function ArticleFull({ article, related, siteName, jsonLd, decisions }: Props) {
  const inBody = new Set(bodyFigureIds(article.body));
  const leadOnTop = article.lead && !inBody.has(article.lead.mediaId) ? article.lead : null;
  const firstBodyPhoto = [...inBody][0];
  // Rows saved before prefixes were recognised may still carry one: it is printed once.
  const intro = splitSapoSource(article.sapo, article.source ?? '', siteName);
  const extraPhotos = article.photos.filter((photo) => !inBody.has(photo.mediaId) && photo.mediaId !== leadOnTop?.mediaId);

  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_300px]">
      <article className="min-w-0">
        {jsonLd && <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />}
        <Breadcrumb
          items={[
            { label: 'Trang chủ', href: '/' },
            { label: article.section.name, href: `/chuyen-muc/${article.section.slug}` },
          ]}
        />
        <h1 className="mt-3 text-2xl leading-tight font-bold text-neutral-900 sm:text-3xl">{article.title}</h1>
        <div className="mt-3 flex flex-wrap items-center justify-between gap-3 text-sm text-neutral-600">
          <p>
            <VietnamTime value={article.publishedAt} />
            {article.revisedAt && (
              <span className="ml-3">
                Cập nhật lúc <VietnamTime value={article.revisedAt} />
              </span>
            )}
          </p>
          <PrintButton />
        </div>
        {intro.sapo && <p className="mt-4 text-[17px] leading-relaxed font-bold text-neutral-900">{printedSapo(intro.sapo, intro.source, siteName)}</p>}
        {leadOnTop && <PhotoFigure photo={leadOnTop} priority />}
        <div className="mt-4">
          <ArticleBody body={article.body} photos={article.photos} priorityMediaId={leadOnTop ? undefined : firstBodyPhoto} decisions={decisions} />
          {extraPhotos.map((photo) => (
            <PhotoFigure key={photo.mediaId} photo={photo} />
          ))}
        </div>
        {article.byline && <p className="mt-6 text-right font-bold">{article.byline}</p>}
        {article.tags.length > 0 && (
          <div className="no-print mt-6 flex flex-wrap items-center gap-2 text-sm">
            <span className="font-bold">Tag:</span>
            {article.tags.map((tag) => (
              <Link key={tag.slug} href={`/the/${tag.slug}`} className="rounded-full bg-neutral-100 px-3 py-1.5 text-neutral-800 hover:bg-brand-50 hover:text-brand-700">
                {tag.name}
              </Link>
            ))}
          </div>
        )}
        <AttachmentList files={article.attachments} />
      </article>
      {related.length > 0 && (
        <aside aria-labelledby="tin-lien-quan" className="no-print">
          <h2 id="tin-lien-quan" className="border-b-2 border-brand-700 pb-2 text-lg font-bold text-brand-700">
            Tin cùng chuyên mục
          </h2>
          {related.map((item) => (
            <ArticleCard key={item.id} article={item} headingLevel="h3" compact />
          ))}
        </aside>
      )}
    </div>
  );
}
