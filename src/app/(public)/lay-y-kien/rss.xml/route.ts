import { consultationFeedResponse } from '@/lib/seo/consultation-feed';

export async function GET() {
  return consultationFeedResponse();
}
