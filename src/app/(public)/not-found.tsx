import { NotFoundNotice } from '@/components/site/not-found-notice';

export default function PublicNotFound() {
  return <NotFoundNotice />;
}
