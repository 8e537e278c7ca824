/**
 * A small in-process map whose entries expire after `ttlMs`; the oldest entry goes when
 * `maxEntries` is reached. For answers worth remembering for seconds, not for Next's
 * data cache (which writes every entry to disk, however many strangers ask).
 */
export function shortLivedMap<V>(ttlMs: number, maxEntries: number) {
  const entries = new Map<string, { at: number; value: V }>();
  return {
    get(key: string): V | undefined {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (Date.now() - entry.at < ttlMs) return entry.value;
      entries.delete(key);
      return undefined;
    },
    set(key: string, value: V) {
      entries.delete(key);
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
      entries.set(key, { at: Date.now(), value });
    },
    delete(key: string) {
      entries.delete(key);
    },
    clear() {
      entries.clear();
    },
    get size() {
      return entries.size;
    },
  };
}
