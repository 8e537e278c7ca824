import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { getSiteSettings } from '@/lib/content/settings';
import { siteUrl } from '@/lib/env';
import { getAgencyPage, getMovedPagePath } from '@/lib/pages/agency-pages';
import { serializeJsonLd } from '@/lib/seo/article-metadata';
import { agencyPageJsonLd, agencyPageMetadata } from '@/lib/seo/page-metadata';
import { AgencyPageView } from './agency-page-view';

// The three routes of the agency's pages (/gioi-thieu/…, /lien-he, /en/…) render the same way.

export async function agencyRouteMetadata(path: string): Promise<Metadata> {
  const page = await getAgencyPage(path);
  if (!page) return { title: 'Không tìm thấy', robots: { index: false } };
  return agencyPageMetadata(page, siteUrl(), await getSiteSettings());
}

export async function AgencyRoute({ path }: { path: string }) {
  const page = await getAgencyPage(path);
  if (!page) {
    const moved = await getMovedPagePath(path);
    if (moved) permanentRedirect(`/${moved}`);
    notFound();
  }
  const settings = await getSiteSettings();
  return <AgencyPageView page={page} settings={settings} jsonLd={serializeJsonLd(agencyPageJsonLd(page, siteUrl(), settings))} />;
}
