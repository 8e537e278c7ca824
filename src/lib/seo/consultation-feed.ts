import 'server-only';
import { getRecentConsultations } from '@/lib/consultations/public-consultations';
import { phaseOf, PHASE_LABELS } from '@/lib/consultations/public-rule';
import { formatCalendarDate } from '@/lib/consultations/working-days';
import { getSiteSettings } from '@/lib/content/settings';
import { siteUrl } from '@/lib/env';
import { consultationUrl } from './consultation-metadata';
import { FEED_SIZE, xmlResponse } from './feed-response';
import { buildRss } from './rss';

/** /lay-y-kien/rss.xml: each consultation once, its title saying where it stands (open, closed, concluded). */
export async function consultationFeedResponse() {
  const origin = siteUrl();
  const now = new Date();
  const [settings, items] = await Promise.all([getSiteSettings(), getRecentConsultations(FEED_SIZE)]);
  const xml = buildRss({
    title: `Lấy ý kiến Nhân dân – ${settings.siteName}`,
    link: `${origin}/lay-y-kien`,
    selfLink: `${origin}/lay-y-kien/rss.xml`,
    description: 'Danh sách đề nghị khen thưởng được công khai để Nhân dân góp ý.',
    items: items.map((item) => {
      const phase = phaseOf(item, now);
      return {
        title: `[${PHASE_LABELS[phase]}] ${item.title}`,
        link: consultationUrl(origin, item.slug),
        description: `${item.summary} ${phase === 'open' ? 'Hạn góp ý' : 'Thời hạn góp ý'}: hết ngày ${formatCalendarDate(item.closesOn)}. ${item.candidateCount} cá nhân, tập thể; ${item.awards.join('; ')}.`,
        publishedAt: item.opensAt,
        category: 'Lấy ý kiến Nhân dân',
      };
    }),
  });
  return xmlResponse(xml, 'application/rss+xml; charset=utf-8');
}
