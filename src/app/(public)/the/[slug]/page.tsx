import type { Metadata } from 'next';
import { TagList, tagMetadata } from './tag-list';

type Props = { params: Promise<{ slug: string }> };

// Rendered on first visit, then served from the cache until a change expires its tags.
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return tagMetadata((await params).slug, '1');
}

export default async function TagPage({ params }: Props) {
  return <TagList slug={(await params).slug} page="1" />;
}
