import type { Metadata } from 'next';
import { TagList, tagMetadata } from '../../tag-list';

// "/the/{slug}?trang=N", rewritten here (next.config.ts).
type Props = { params: Promise<{ slug: string; page: string }> };

// Rendered on first visit, then served from the cache until a change expires its tags.
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params;
  return tagMetadata(slug, page);
}

export default async function TagPageN({ params }: Props) {
  const { slug, page } = await params;
  return <TagList slug={slug} page={page} />;
}
