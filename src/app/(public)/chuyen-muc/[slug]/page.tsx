import type { Metadata } from 'next';
import { SectionList, sectionMetadata } from './section-list';

type Props = { params: Promise<{ slug: string }> };

// Rendered on first visit, then served from the cache until a change expires its tags.
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return sectionMetadata((await params).slug, '1');
}

export default async function SectionPage({ params }: Props) {
  return <SectionList slug={(await params).slug} page="1" />;
}
