import 'server-only';
import { getAwards } from '@/lib/awards/public-awards';
import { getSitemapDecisions } from '@/lib/awards/public-decisions';
import { getSitemapProfiles } from '@/lib/awards/public-profiles';
import { getRecentConsultations } from '@/lib/consultations/public-consultations';
import { getPublicTags, getSitemapArticles } from '@/lib/content/public-feeds';
import { getSections } from '@/lib/content/sections';
import { getSitemapDocuments } from '@/lib/documents/public-documents';
import { getPageLinks } from '@/lib/pages/agency-pages';
import { getSitemapQuestions } from '@/lib/questions/questions';
import { imageUrl } from '@/lib/media/variants';
import { articleUrl } from './article-metadata';
import { SITEMAP_FILE_URLS, type SitemapEntry } from './sitemap-xml';

/** Home, sections, tags, consultations, the award taxonomy, award decisions, exemplary-model profiles, documents, forms and procedures: they go in the first sitemap file. */
export async function pageEntries(origin: string): Promise<SitemapEntry[]> {
  const [sections, tags, consultations, awards, decisions, profiles, documents, pages, questions] = await Promise.all([
    getSections(),
    getPublicTags(),
    getRecentConsultations(5000),
    getAwards(),
    getSitemapDecisions(),
    getSitemapProfiles(),
    getSitemapDocuments(),
    getPageLinks(),
    getSitemapQuestions(),
  ]);
  return [
    { loc: `${origin}/` },
    { loc: `${origin}/so-do-trang` },
    ...pages.map((page) => ({ loc: `${origin}/${page.path}`, lastmod: page.updatedAt })),
    ...sections.map((section) => ({ loc: `${origin}/chuyen-muc/${section.slug}` })),
    ...tags.map((tag) => ({ loc: `${origin}/the/${tag.slug}` })),
    { loc: `${origin}/lay-y-kien` },
    ...consultations.map((c) => ({ loc: `${origin}/lay-y-kien/${c.slug}`, lastmod: c.updatedAt })),
    { loc: `${origin}/danh-hieu-khen-thuong` },
    ...awards.map((award) => ({ loc: `${origin}/danh-hieu-khen-thuong/${award.slug}`, lastmod: award.updatedAt })),
    { loc: `${origin}/tra-cuu-khen-thuong` },
    { loc: `${origin}/quyet-dinh-khen-thuong` },
    { loc: `${origin}/thong-ke-khen-thuong` },
    ...decisions.map((decision) => ({ loc: `${origin}/quyet-dinh-khen-thuong/${decision.slug}`, lastmod: decision.updatedAt })),
    { loc: `${origin}/guong-dien-hinh` },
    ...profiles.map((profile) => ({ loc: `${origin}/guong-dien-hinh/${profile.slug}`, lastmod: profile.updatedAt })),
    { loc: `${origin}/van-ban` },
    ...documents.map((document) => ({ loc: `${origin}/van-ban/${document.slug}`, lastmod: document.updatedAt })),
    { loc: `${origin}/bieu-mau` },
    { loc: `${origin}/thu-tuc-hanh-chinh` },
    { loc: `${origin}/hoi-dap` },
    ...questions.map((question) => ({ loc: `${origin}/hoi-dap/${question.id}`, lastmod: question.updatedAt })),
  ];
}

export async function articleEntries(origin: string, file: number, size = SITEMAP_FILE_URLS): Promise<SitemapEntry[]> {
  const articles = await getSitemapArticles(file, size);
  return articles.map((article) => ({
    loc: articleUrl(origin, article.slug),
    lastmod: article.lastmod,
    images: article.leadKey ? [`${origin}${imageUrl(article.leadKey, { kind: 'width', width: 1280, format: 'jpg' })}`] : [],
  }));
}
