import type { Metadata } from 'next';
import type { SiteSettingsView } from '@/lib/content/settings';
import type { PublicAgencyPage } from '@/lib/pages/agency-pages';
import { description } from './article-metadata';
import { isoVietnam } from '@/lib/text/dates';

// What search engines read of a page of the agency: its address and its translation's
// (hreflang both ways), an AboutPage or ContactPage, and Dublin Core.

const lang = (locale: 'VI' | 'EN') => (locale === 'EN' ? 'en' : 'vi');

export function agencyPageMetadata(page: PublicAgencyPage, origin: string, settings: SiteSettingsView): Metadata {
  const url = `${origin}/${page.path}`;
  const languages: Record<string, string> = { [lang(page.locale)]: url };
  if (page.translation) languages[lang(page.translation.locale)] = `${origin}/${page.translation.path}`;
  const text = description(page.article);
  return {
    title: page.article.title,
    description: text,
    alternates: { canonical: url, languages },
    openGraph: { type: 'website', title: page.article.title, description: text, url, siteName: settings.siteName, locale: page.locale === 'EN' ? 'en_US' : 'vi_VN' },
    other: {
      'DC.title': page.article.title,
      'DC.creator': settings.agencyName,
      'DC.date': isoVietnam(page.article.revisedAt ?? page.article.publishedAt),
      'DC.description': text,
      'DC.publisher': settings.agencyName,
      'DC.identifier': url,
      'DC.language': lang(page.locale),
      'DC.type': 'Text',
      'DC.format': 'text/html',
    },
  };
}

export function agencyPageJsonLd(page: PublicAgencyPage, origin: string, settings: SiteSettingsView) {
  const url = `${origin}/${page.path}`;
  const organization = {
    '@type': 'GovernmentOrganization',
    name: settings.agencyName,
    url: origin,
    ...(settings.address ? { address: settings.address } : {}),
    ...(settings.phone ? { telephone: settings.phone } : {}),
    ...(settings.email ? { email: settings.email } : {}),
    ...(settings.parentAgency ? { parentOrganization: { '@type': 'GovernmentOrganization', name: settings.parentAgency } } : {}),
  };
  return {
    '@context': 'https://schema.org',
    '@type': page.contactBlock ? 'ContactPage' : 'AboutPage',
    '@id': url,
    url,
    name: page.article.title,
    description: description(page.article),
    inLanguage: lang(page.locale),
    dateModified: isoVietnam(page.article.revisedAt ?? page.article.publishedAt),
    ...(page.translation ? { workTranslation: { '@id': `${origin}/${page.translation.path}` } } : {}),
    about: organization,
    publisher: { '@type': 'GovernmentOrganization', name: settings.agencyName, url: origin },
  };
}
