import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { getDecisionList } from '@/lib/awards/public-decisions';
import { getProfiles } from '@/lib/awards/public-profiles';
import { getRecentConsultations } from '@/lib/consultations/public-consultations';
import { formatCalendarDate } from '@/lib/consultations/working-days';
import { getSectionBlocks } from '@/lib/content/public-articles';
import { documentTitle } from '@/lib/documents/document-labels';
import { getDocumentIndex } from '@/lib/documents/public-documents';
import { getPageLinks } from '@/lib/pages/agency-pages';

export const revalidate = 3600;
export const metadata: Metadata = {
  title: 'Sơ đồ trang',
  description: 'Các chuyên mục và tin bài mới của cổng thông tin.',
  alternates: { canonical: '/so-do-trang' },
};

export default async function HtmlSitemapPage() {
  const [blocks, consultations, decisions, profiles, documents] = await Promise.all([getSectionBlocks(10), getRecentConsultations(10), getDecisionList(1), getProfiles({ field: null, unitCode: null, page: 1 }), getDocumentIndex()]);
  const pages = await getPageLinks();
  return (
    <div className="max-w-3xl">
      <Breadcrumb items={[{ label: 'Trang chủ', href: '/' }, { label: 'Sơ đồ trang' }]} />
      <h1 className="mt-3 border-b-2 border-brand-700 pb-2 text-2xl font-bold text-brand-700">Sơ đồ trang</h1>
      <ul className="mt-4 space-y-6">
        <li>
          <Link href="/" className="font-bold hover:text-brand-700">
            Trang chủ
          </Link>
        </li>
        {pages.length > 0 && (
          <li>
            <Link href="/gioi-thieu" className="text-lg font-bold hover:text-brand-700">
              Giới thiệu
            </Link>
            <ul className="mt-2 ml-5 list-disc space-y-1">
              {pages.map((page) => (
                <li key={page.path} lang={page.locale === 'EN' ? 'en' : undefined}>
                  <Link href={`/${page.path}`} hrefLang={page.locale === 'EN' ? 'en' : undefined} className="hover:text-brand-700 hover:underline">
                    {page.title}
                  </Link>
                </li>
              ))}
            </ul>
          </li>
        )}
        {blocks.map((block) => (
          <li key={block.section.slug}>
            <Link href={`/chuyen-muc/${block.section.slug}`} className="text-lg font-bold hover:text-brand-700">
              {block.section.name}
            </Link>
            <ul className="mt-2 ml-5 list-disc space-y-1">
              {block.articles.map((article) => (
                <li key={article.id}>
                  <Link href={`/bai-viet/${article.slug}`} className="hover:text-brand-700 hover:underline">
                    {article.title}
                  </Link>
                </li>
              ))}
            </ul>
          </li>
        ))}
        <li>
          <Link href="/lay-y-kien" className="text-lg font-bold hover:text-brand-700">
            Lấy ý kiến Nhân dân về đề nghị khen thưởng
          </Link>
          <ul className="mt-2 ml-5 list-disc space-y-1">
            {consultations.map((consultation) => (
              <li key={consultation.slug}>
                <Link href={`/lay-y-kien/${consultation.slug}`} className="hover:text-brand-700 hover:underline">
                  {consultation.title}
                </Link>
              </li>
            ))}
            <li>
              <Link href="/tra-cuu-gop-y" className="hover:text-brand-700 hover:underline">
                Tra cứu góp ý đã gửi
              </Link>
            </li>
          </ul>
        </li>
        <li>
          <Link href="/tra-cuu-khen-thuong" className="text-lg font-bold hover:text-brand-700">
            Tra cứu khen thưởng
          </Link>
          <ul className="mt-2 ml-5 list-disc space-y-1">
            <li>
              <Link href="/quyet-dinh-khen-thuong" className="hover:text-brand-700 hover:underline">
                Quyết định khen thưởng ({decisions.total} quyết định)
              </Link>
              <ul className="mt-1 ml-5 list-[circle] space-y-1">
                {decisions.items.map((decision) => (
                  <li key={decision.slug}>
                    <Link href={`/quyet-dinh-khen-thuong/${decision.slug}`} className="hover:text-brand-700 hover:underline">
                      Quyết định số {decision.number} ngày {formatCalendarDate(decision.issuedOn)}
                    </Link>
                  </li>
                ))}
              </ul>
            </li>
            <li>
              <Link href="/thong-ke-khen-thuong" className="hover:text-brand-700 hover:underline">
                Thống kê khen thưởng
              </Link>
            </li>
          </ul>
        </li>
        <li>
          <Link href="/guong-dien-hinh" className="text-lg font-bold hover:text-brand-700">
            Gương điển hình tiên tiến
          </Link>
          <ul className="mt-2 ml-5 list-disc space-y-1">
            {profiles.items.map((profile) => (
              <li key={profile.slug}>
                <Link href={`/guong-dien-hinh/${profile.slug}`} className="hover:text-brand-700 hover:underline">
                  {profile.name}
                </Link>
              </li>
            ))}
          </ul>
        </li>
        <li>
          <Link href="/van-ban" className="text-lg font-bold hover:text-brand-700">
            Văn bản ({documents.length} văn bản)
          </Link>
          <ul className="mt-2 ml-5 list-disc space-y-1">
            {documents.slice(0, 10).map((document) => (
              <li key={document.slug}>
                <Link href={`/van-ban/${document.slug}`} className="hover:text-brand-700 hover:underline">
                  {documentTitle(document)}
                </Link>
              </li>
            ))}
            <li>
              <Link href="/bieu-mau" className="hover:text-brand-700 hover:underline">
                Biểu mẫu
              </Link>
            </li>
            <li>
              <Link href="/thu-tuc-hanh-chinh" className="hover:text-brand-700 hover:underline">
                Thủ tục hành chính
              </Link>
            </li>
          </ul>
        </li>
        <li>
          <Link href="/hoi-dap" className="text-lg font-bold hover:text-brand-700">
            Hỏi đáp
          </Link>
          <ul className="mt-2 ml-5 list-disc space-y-1">
            <li>
              <Link href="/hoi-dap/dat-cau-hoi" className="hover:text-brand-700 hover:underline">
                Đặt câu hỏi
              </Link>
            </li>
            <li>
              <Link href="/hoi-dap/tra-cuu" className="hover:text-brand-700 hover:underline">
                Tra cứu câu hỏi đã gửi
              </Link>
            </li>
          </ul>
        </li>
        <li>
          <Link href="/danh-hieu-khen-thuong" className="text-lg font-bold hover:text-brand-700">
            Danh hiệu thi đua và hình thức khen thưởng
          </Link>
        </li>
        <li>
          <span className="font-bold">Dành cho máy tìm kiếm: </span>
          <a href="/sitemap.xml" className="underline">
            sitemap.xml
          </a>
          ,{' '}
          <a href="/rss.xml" className="underline">
            RSS
          </a>
        </li>
      </ul>
    </div>
  );
}
