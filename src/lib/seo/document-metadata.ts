import { attachmentUrl } from '@/lib/content/attachment-files';
import { TYPE_LABELS, documentTitle } from '@/lib/documents/document-labels';
import type { PublicDocument } from '@/lib/documents/public-documents';
import type { Validity } from '@/lib/documents/validity';
import { isoVietnam } from '@/lib/text/dates';

// What search engines and other portals read of a legal document: schema.org Legislation
// (with its legal force and the documents it replaces or amends) and Dublin Core, whose
// identifier is the document's number (TT 24/2011).

export const documentUrl = (origin: string, slug: string) => `${origin}/van-ban/${slug}`;

const LEGAL_FORCE: Record<Validity, string> = {
  NOT_YET: 'https://schema.org/NotInForce',
  IN_FORCE: 'https://schema.org/InForce',
  PARTLY_EXPIRED: 'https://schema.org/PartiallyInForce',
  EXPIRED: 'https://schema.org/NotInForce',
};

export function buildDocumentJsonLd(document: PublicDocument, validity: Validity, origin: string, publisher: { name: string; url: string }) {
  const url = documentUrl(origin, document.slug);
  const link = (kind: string) => document.outgoing.filter((other) => other.kind === kind).map((other) => ({ '@type': 'Legislation', '@id': documentUrl(origin, other.slug), legislationIdentifier: other.number, name: documentTitle(other) }));
  const changes = [...link('REPLACES'), ...link('AMENDS'), ...link('REPEALS')];
  const guides = link('GUIDES');
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    '@id': url,
    url,
    name: documentTitle(document),
    description: document.summary,
    inLanguage: 'vi',
    legislationIdentifier: document.number,
    legislationType: TYPE_LABELS[document.type],
    legislationDate: document.issuedOn,
    legislationDateVersion: document.effectiveFrom,
    legislationLegalForce: LEGAL_FORCE[validity],
    legislationPassedBy: { '@type': 'GovernmentOrganization', name: document.issuer },
    legislationJurisdiction: document.scope === 'CENTRAL' ? 'VN' : publisher.name,
    ...(changes.length > 0 ? { legislationChanges: changes } : {}),
    ...(guides.length > 0 ? { legislationApplies: guides } : {}),
    ...(document.externalUrl ? { sameAs: document.externalUrl } : {}),
    datePublished: isoVietnam(document.publishedAt ?? document.updatedAt),
    dateModified: isoVietnam(document.updatedAt),
    publisher: { '@type': 'GovernmentOrganization', name: publisher.name, url: publisher.url },
    encoding: document.attachments.map((file) => ({ '@type': 'MediaObject', name: file.title, encodingFormat: file.mime, contentUrl: `${origin}${attachmentUrl(file)}` })),
  };
}

export function buildDocumentDublinCore(document: PublicDocument, origin: string, publisherName: string): Record<string, string> {
  return {
    'DC.title': documentTitle(document),
    'DC.creator': document.issuer,
    'DC.date': document.issuedOn,
    'DC.date.valid': document.effectiveFrom,
    'DC.description': document.summary,
    'DC.subject': document.field || 'Thi đua, khen thưởng',
    'DC.type': TYPE_LABELS[document.type],
    'DC.publisher': publisherName,
    'DC.identifier': document.number,
    'DC.source': documentUrl(origin, document.slug),
    'DC.language': 'vi',
    'DC.format': 'text/html',
  };
}
