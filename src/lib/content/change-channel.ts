// How a change to public content is announced to every instance of the portal: a
// PostgreSQL notification on one channel, sent inside the transaction that makes the
// change (src/lib/content/announce.ts), received by each instance's listener
// (src/server/change-listener.ts). Shared by both sides, so it imports nothing.

export const CHANGE_CHANNEL = 'portal_changes';

/** The cache tags a change expires, or everything (settings, a reconnect, too many tags). */
export type ChangeNotice = { tags: string[] } | { everything: true };

/** PostgreSQL refuses a notification payload of 8000 bytes or more. */
const MAX_PAYLOAD = 7000;

export function encodeNotice(notice: ChangeNotice): string {
  const text = JSON.stringify(notice);
  return text.length <= MAX_PAYLOAD ? text : JSON.stringify({ everything: true });
}

/** What a received payload asks for; anything unreadable expires everything, to be safe. */
export function decodeNotice(payload: string | undefined): ChangeNotice {
  try {
    const value = JSON.parse(payload ?? '') as unknown;
    if (value && typeof value === 'object') {
      const tags = (value as { tags?: unknown }).tags;
      if (Array.isArray(tags) && tags.every((tag) => typeof tag === 'string')) return { tags };
    }
  } catch {
    // fall through
  }
  return { everything: true };
}
