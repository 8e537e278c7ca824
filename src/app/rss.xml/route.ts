import { feedResponse } from '@/lib/seo/feed-response';

export async function GET() {
  return feedResponse(null);
}
