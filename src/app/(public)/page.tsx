import Link from 'next/link';
import { ArticleCard } from '@/components/article/article-card';
import { ResponsiveImage } from '@/components/article/responsive-image';
import { ArticleMeta } from '@/components/article/article-meta';
import { ConsultationList } from '@/components/consultation/consultation-list';
import { getWorkingCalendar } from '@/lib/consultations/calendar';
import { getOpenConsultations } from '@/lib/consultations/public-consultations';
import { getLatestArticles, getSectionBlocks } from '@/lib/content/public-articles';
import { getSiteSettings } from '@/lib/content/settings';
import { LatestDocuments, ServiceLinks, WebsiteLinks } from '@/components/site/home-blocks';
import { vietnamDateOf } from '@/lib/consultations/working-days';
import { getDocumentIndex, withValidity } from '@/lib/documents/public-documents';
import { getWebsiteLinks } from '@/lib/site/menus';

export const revalidate = 3600;

export default async function HomePage() {
  const [latest, blocks, settings, consultations, calendar, documents, links] = await Promise.all([
    getLatestArticles(9),
    getSectionBlocks(4),
    getSiteSettings(),
    getOpenConsultations(),
    getWorkingCalendar(),
    getDocumentIndex(),
    getWebsiteLinks(),
  ]);
  const today = vietnamDateOf(new Date());
  const [lead, ...rest] = latest;

  return (
    <>
      <h1 className="sr-only">
        {settings.siteName} – {settings.agencyName}
      </h1>
      {!lead && <p className="py-12 text-center text-neutral-700">Chưa có bài viết nào được đăng.</p>}
      {lead && (
        <div className="grid gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <section aria-labelledby="tin-noi-bat">
            <h2 id="tin-noi-bat" className="sr-only">
              Tin nổi bật
            </h2>
            <article>
              {lead.lead && (
                <Link href={`/bai-viet/${lead.slug}`} tabIndex={-1} aria-hidden="true">
                  <ResponsiveImage
                    photo={{ ...lead.lead, decorative: true }}
                    sizes="(min-width: 1024px) 680px, calc(100vw - 2rem)"
                    priority
                    maxWidth={1280}
                    className="aspect-[3/2] h-auto w-full rounded-sm bg-neutral-100 object-cover"
                  />
                </Link>
              )}
              <h3 className="mt-3 text-2xl leading-tight font-bold">
                <Link href={`/bai-viet/${lead.slug}`} className="hover:text-brand-700">
                  {lead.title}
                </Link>
              </h3>
              <ArticleMeta section={lead.section.name} publishedAt={lead.publishedAt} />
              <p className="mt-2 text-neutral-800">{lead.sapo}</p>
            </article>
          </section>
          <section aria-labelledby="tin-moi">
            <h2 id="tin-moi" className="border-b-2 border-brand-700 pb-2 text-lg font-bold text-brand-700 uppercase">
              Tin mới
            </h2>
            <ul>
              {rest.map((article) => (
                <li key={article.id} className="border-b border-neutral-200 py-3 last:border-b-0">
                  <Link href={`/bai-viet/${article.slug}`} className="font-medium hover:text-brand-700">
                    {article.title}
                  </Link>
                  <ArticleMeta publishedAt={article.publishedAt} className="mt-0.5" />
                </li>
              ))}
            </ul>
          </section>
        </div>
      )}
      {consultations.open.length > 0 && (
        <section aria-labelledby="dang-lay-y-kien" className="mt-10 rounded border-2 border-brand-700 px-4 pt-3 pb-1">
          <h2 id="dang-lay-y-kien" className="flex flex-wrap items-baseline justify-between gap-2">
            <Link href="/lay-y-kien" className="text-lg font-bold text-brand-700 uppercase hover:underline">
              Đang lấy ý kiến Nhân dân
            </Link>
            <span className="text-sm font-normal text-neutral-700">Góp ý về danh sách đề nghị khen thưởng</span>
          </h2>
          <ConsultationList items={consultations.open} calendar={calendar} now={new Date()} />
        </section>
      )}
      <div className="mt-10 grid gap-10 md:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <LatestDocuments documents={documents.slice(0, 5).map((document) => withValidity(document, today))} />
        <ServiceLinks />
      </div>
      <div className="mt-10 grid gap-10 md:grid-cols-2">
        {blocks
          .filter((block) => block.articles.length > 0)
          .map((block) => (
            <section key={block.section.slug} aria-labelledby={`muc-${block.section.slug}`}>
              <h2 id={`muc-${block.section.slug}`} className="flex items-baseline justify-between border-b-2 border-brand-700 pb-2">
                <Link href={`/chuyen-muc/${block.section.slug}`} className="text-lg font-bold text-brand-700 uppercase hover:underline">
                  {block.section.name}
                </Link>
              </h2>
              {block.articles.map((article) => (
                <ArticleCard key={article.id} article={article} headingLevel="h3" />
              ))}
              <p className="mt-2 text-right text-sm">
                <Link href={`/chuyen-muc/${block.section.slug}`} className="text-brand-700 hover:underline">
                  Xem thêm tin {block.section.name.toLowerCase()} ›
                </Link>
              </p>
            </section>
          ))}
      </div>
      <WebsiteLinks links={links} />
    </>
  );
}
