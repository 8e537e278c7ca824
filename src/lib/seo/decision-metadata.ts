import type { PublicDecision } from '@/lib/awards/public-decisions';
import type { RegisterRow } from '@/lib/awards/register';
import { formatCalendarDate } from '@/lib/consultations/working-days';
import { isoVietnam } from '@/lib/text/dates';

// What search engines and other portals read of an award decision: schema.org (a web page
// whose main entity is the list of people and collectives, each with its award) and Dublin
// Core. Only what the page shows is here: hidden grants never, and a "name and unit"
// grant without position or commune.

export const decisionUrl = (origin: string, slug: string) => `${origin}/quyet-dinh-khen-thuong/${slug}`;
export const decisionTitle = (decision: Pick<PublicDecision, 'number' | 'issuedOn'>) => `Quyết định số ${decision.number} ngày ${formatCalendarDate(decision.issuedOn)}`;

/** A grant as schema.org: a Person or an Organization with its award. */
export function recipientJsonLd(row: RegisterRow) {
  const person = row.kind === 'INDIVIDUAL';
  return {
    '@type': person ? 'Person' : 'Organization',
    name: row.name,
    ...(person && row.jobTitle ? { jobTitle: row.jobTitle } : {}),
    ...(row.unit ? { [person ? 'affiliation' : 'parentOrganization']: { '@type': 'Organization', name: row.unit } } : {}),
    award: `${row.award}${row.posthumous ? ' (truy tặng)' : ''} – Quyết định số ${row.decision.number} ngày ${formatCalendarDate(row.decision.issuedOn)}`,
  };
}

export function buildDecisionJsonLd(decision: PublicDecision, origin: string, publisher: { name: string; url: string }) {
  const url = decisionUrl(origin, decision.slug);
  const annulled = decision.status === 'ANNULLED';
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    '@id': url,
    url,
    name: decisionTitle(decision),
    description: decision.summary,
    inLanguage: 'vi',
    datePublished: isoVietnam(decision.publishedAt ?? decision.updatedAt),
    dateModified: isoVietnam(decision.updatedAt),
    publisher: { '@type': 'GovernmentOrganization', name: publisher.name, url: publisher.url },
    // An annulled decision names no one as honoured.
    ...(annulled
      ? {}
      : {
          mainEntity: {
            '@type': 'ItemList',
            name: `Danh sách được khen thưởng (${decision.grants.length})`,
            numberOfItems: decision.grants.length,
            itemListElement: decision.grants.map((row, index) => ({ '@type': 'ListItem', position: index + 1, item: recipientJsonLd(row) })),
          },
        }),
  };
}

export function buildDecisionDublinCore(decision: PublicDecision, origin: string, publisherName: string): Record<string, string> {
  return {
    'DC.title': decisionTitle(decision),
    'DC.creator': decision.issuer,
    'DC.date': decision.issuedOn,
    'DC.description': decision.summary,
    'DC.publisher': publisherName,
    'DC.identifier': decisionUrl(origin, decision.slug),
    'DC.language': 'vi',
    'DC.type': 'Text',
    'DC.format': 'text/html',
  };
}
