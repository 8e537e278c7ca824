import type { PublicConsultation } from '@/lib/consultations/public-consultations';
import { endOfVietnamDay } from '@/lib/consultations/working-days';
import { isoVietnam } from '@/lib/text/dates';

// What search engines and other portals read of a consultation: schema.org (a web page
// whose main entity is the list of candidates, each with the award proposed) and Dublin
// Core. Comments are never part of it.

export const consultationUrl = (origin: string, slug: string) => `${origin}/lay-y-kien/${slug}`;

export function consultationDescription(consultation: Pick<PublicConsultation, 'summary' | 'title'>): string {
  const text = (consultation.summary || consultation.title).replace(/\s+/g, ' ').trim();
  return text.length <= 200 ? text : `${text.slice(0, 197).replace(/\s+\S*$/, '')}…`;
}

export function buildConsultationJsonLd(consultation: PublicConsultation, origin: string, publisher: { name: string; url: string }) {
  const url = consultationUrl(origin, consultation.slug);
  const active = consultation.candidates.filter((c) => c.withdrawnAt === null);
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    '@id': url,
    url,
    name: consultation.title,
    description: consultationDescription(consultation),
    inLanguage: 'vi',
    datePublished: isoVietnam(consultation.opensAt),
    dateModified: isoVietnam(consultation.updatedAt),
    expires: isoVietnam(endOfVietnamDay(consultation.closesOn)),
    publisher: { '@type': 'GovernmentOrganization', name: publisher.name, url: publisher.url },
    mainEntity: {
      '@type': 'ItemList',
      name: `Danh sách đề nghị khen thưởng (${active.length})`,
      numberOfItems: active.length,
      itemListElement: active.map((candidate, index) => ({
        '@type': 'ListItem',
        position: index + 1,
        item: {
          '@type': candidate.kind === 'INDIVIDUAL' ? 'Person' : 'Organization',
          name: candidate.name,
          ...(candidate.kind === 'INDIVIDUAL' && candidate.jobTitle ? { jobTitle: candidate.jobTitle } : {}),
          ...(candidate.unit ? { [candidate.kind === 'INDIVIDUAL' ? 'affiliation' : 'parentOrganization']: { '@type': 'Organization', name: candidate.unit } } : {}),
          award: candidate.awardClass ? `${candidate.award.name} hạng ${candidate.awardClass} (đề nghị)` : `${candidate.award.name} (đề nghị)`,
        },
      })),
    },
  };
}

export function buildConsultationDublinCore(consultation: PublicConsultation, origin: string, publisherName: string): Record<string, string> {
  return {
    'DC.title': consultation.title,
    'DC.creator': consultation.proposingBody || publisherName,
    'DC.date': isoVietnam(consultation.opensAt),
    'DC.description': consultationDescription(consultation),
    'DC.publisher': publisherName,
    'DC.identifier': consultationUrl(origin, consultation.slug),
    'DC.language': 'vi',
    'DC.type': 'Text',
    'DC.format': 'text/html',
    'DC.coverage': `${isoVietnam(consultation.opensAt)}/${isoVietnam(endOfVietnamDay(consultation.closesOn))}`,
  };
}
