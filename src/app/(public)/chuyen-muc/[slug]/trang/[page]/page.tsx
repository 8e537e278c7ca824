import type { Metadata } from 'next';
import { SectionList, sectionMetadata } from '../../section-list';

// "/chuyen-muc/{slug}?trang=N", rewritten here (next.config.ts).
type Props = { params: Promise<{ slug: string; page: string }> };

// Rendered on first visit, then served from the cache until a change expires its tags.
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page } = await params;
  return sectionMetadata(slug, page);
}

export default async function SectionPageN({ params }: Props) {
  const { slug, page } = await params;
  return <SectionList slug={slug} page={page} />;
}
