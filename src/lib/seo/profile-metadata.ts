import type { PublicProfile } from '@/lib/awards/public-profiles';
import { imageUrl } from '@/lib/media/variants';
import { isoVietnam } from '@/lib/text/dates';
import { articleUrl } from './article-metadata';
import { recipientJsonLd } from './decision-metadata';

// What search engines read of an exemplary-model profile: a ProfilePage whose main entity
// is the Person (or Organization) with every award the register lists for them, and
// Dublin Core. Only listed grants are named.

export const profileUrl = (origin: string, slug: string) => `${origin}/guong-dien-hinh/${slug}`;

export function profileDescription(profile: Pick<PublicProfile, 'summary' | 'story' | 'name'>): string {
  const text = (profile.summary || profile.story.sapo || profile.name).replace(/\s+/g, ' ').trim();
  return text.length <= 200 ? text : `${text.slice(0, 197).replace(/\s+\S*$/, '')}…`;
}

export function buildProfileJsonLd(profile: PublicProfile, origin: string, publisher: { name: string; url: string }) {
  const url = profileUrl(origin, profile.slug);
  const person = profile.kind === 'INDIVIDUAL';
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    '@id': url,
    url,
    name: profile.name,
    inLanguage: 'vi',
    dateModified: isoVietnam(profile.updatedAt),
    publisher: { '@type': 'GovernmentOrganization', name: publisher.name, url: publisher.url },
    mainEntity: {
      '@type': person ? 'Person' : 'Organization',
      name: profile.name,
      description: profileDescription(profile),
      ...(profile.portrait ? { image: `${origin}${imageUrl(profile.portrait.storageKey, { kind: 'width', width: 640, format: 'jpg' })}` } : {}),
      ...(profile.unit ? { [person ? 'affiliation' : 'parentOrganization']: { '@type': 'Organization', name: profile.unit } } : {}),
      award: profile.grants.map((grant) => recipientJsonLd(grant).award),
      subjectOf: { '@type': 'NewsArticle', headline: profile.story.title, url: articleUrl(origin, profile.story.slug) },
    },
  };
}

export function buildProfileDublinCore(profile: PublicProfile, origin: string, publisherName: string): Record<string, string> {
  return {
    'DC.title': profile.name,
    'DC.creator': publisherName,
    'DC.date': isoVietnam(profile.story.publishedAt),
    'DC.description': profileDescription(profile),
    'DC.subject': profile.field,
    'DC.publisher': publisherName,
    'DC.identifier': profileUrl(origin, profile.slug),
    'DC.language': 'vi',
    'DC.type': 'Text',
    'DC.format': 'text/html',
  };
}
