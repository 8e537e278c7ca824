import type { Metadata } from 'next';
import { ConsultationIndex } from './consultation-index';

export const revalidate = 3600;
export const metadata: Metadata = {
  title: 'Lấy ý kiến Nhân dân về đề nghị khen thưởng',
  description: 'Danh sách cá nhân, tập thể được đề nghị khen thưởng đang được công khai để Nhân dân góp ý, thời hạn góp ý và kết quả.',
  alternates: { canonical: '/lay-y-kien', types: { 'application/rss+xml': [{ url: '/lay-y-kien/rss.xml', title: 'Lấy ý kiến Nhân dân' }] } },
};

export default function ConsultationsPage() {
  return <ConsultationIndex page={1} />;
}
