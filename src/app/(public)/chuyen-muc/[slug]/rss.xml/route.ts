import { getSectionBySlug } from '@/lib/content/sections';
import { feedResponse } from '@/lib/seo/feed-response';
import { isSlug } from '@/lib/text/slug';

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const section = isSlug(slug) ? await getSectionBySlug(slug) : null;
  if (!section) return new Response('Không tìm thấy chuyên mục.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return feedResponse(section);
}
