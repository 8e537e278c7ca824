import { AgencyRoute, agencyRouteMetadata } from '@/components/pages/agency-route';

export const revalidate = 3600;

export function generateMetadata() {
  return agencyRouteMetadata('lien-he');
}

export default function ContactPage() {
  return <AgencyRoute path="lien-he" />;
}
