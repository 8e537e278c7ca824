import type { Metadata } from 'next';
import { NotFoundNotice } from '@/components/site/not-found-notice';
import { SiteFrame } from '@/components/site/site-frame';

export const metadata: Metadata = { title: 'Không tìm thấy trang', robots: { index: false } };

export default function NotFound() {
  return (
    <SiteFrame>
      <NotFoundNotice />
    </SiteFrame>
  );
}
