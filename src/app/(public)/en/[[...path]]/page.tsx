import { AgencyRoute, agencyRouteMetadata } from '@/components/pages/agency-route';
import { pagePathOf } from '@/lib/pages/page-paths';

type Props = { params: Promise<{ path?: string[] }> };

// Rendered on first visit, then served from the cache until an edit invalidates it.
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props) {
  return agencyRouteMetadata(pagePathOf('en', (await params).path));
}

export default async function Page({ params }: Props) {
  return <AgencyRoute path={pagePathOf('en', (await params).path)} />;
}
