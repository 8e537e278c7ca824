import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { parsePage } from '@/lib/text/pagination';
import { ConsultationIndex } from '../../consultation-index';

// "/lay-y-kien?trang=N", rewritten here (next.config.ts).
type Props = { params: Promise<{ page: string }> };

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = parsePage((await params).page);
  return { title: `Lấy ý kiến Nhân dân – trang ${page ?? ''}`, alternates: { canonical: `/lay-y-kien?trang=${page}` } };
}

export default async function ConsultationsPageN({ params }: Props) {
  const page = parsePage((await params).page);
  if (page === null) notFound();
  return <ConsultationIndex page={page} />;
}
