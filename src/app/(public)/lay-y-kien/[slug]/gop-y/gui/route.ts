import { handleResponsePost } from '@/lib/consultations/response-route';

/** A citizen's comment on a consultation (the form at /lay-y-kien/{slug}/gop-y). */
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return handleResponsePost(request, slug);
}
