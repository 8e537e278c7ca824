import { handleLookupPost } from '@/lib/consultations/lookup-route';

/** The status lookup form's POST (the page at /tra-cuu-gop-y). */
export async function POST(request: Request) {
  return handleLookupPost(request);
}
