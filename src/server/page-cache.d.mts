export function expireTags(tags: Iterable<string>): void;
export function expireEverything(): void;
export function pageCacheStats(): { entries: number; bytes: number; maxBytes: number; expiredTags: number };
export default class PortalPageCache {
  constructor(options?: unknown);
  get(key: string, ctx?: { tags?: string[]; softTags?: string[] }): Promise<{ value: unknown; lastModified: number; cacheControl?: unknown } | null>;
  set(key: string, value: unknown, ctx?: { tags?: string[]; cacheControl?: unknown }): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
}
