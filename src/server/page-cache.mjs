// Next.js's cache of rendered pages and data (ISR pages, route handlers, unstable_cache),
// kept in this process's memory and expired by tag. Next loads this file as its
// `cacheHandler` (next.config.ts); the portal's server (src/server/serve.ts) imports the
// same module, so both share one store: when a change is announced by any instance
// (src/server/change-listener.ts), `expireTags` makes every page and datum carrying one of
// the change's tags a miss on the next visit here, whichever instance made the change.
//
// Plain JavaScript: Next imports it at run time, outside its bundles, and so must the server.

import { SharedCacheControls } from 'next/dist/server/lib/incremental-cache/shared-cache-controls.external.js';

/** @typedef {{ value: any, lastModified: number, tags: string[], bytes: number, cacheControl?: unknown }} Entry */

/**
 * Next remembers each rendered page's lifetime (revalidate, expire) in a map of its own,
 * one entry per address, kept for the life of the process: after a crawler's pass over
 * 100,000 articles, some 15 MB that only grows, and a collector that works ever harder
 * (npm run bench: the crawl slowed from 86 to 70 pages/s over the pass). Entries here
 * carry their lifetime, which Next prefers over the map; the map's entry goes with the
 * page (Next 16.4's `SharedCacheControls`, shared by all of Next's bundles).
 * @type {Map<string, unknown>}
 */
const rememberedLifetimes = SharedCacheControls.cacheControls;

const MAX_BYTES = (Number(process.env.PAGE_CACHE_MB) || 24) * 1024 * 1024;
/** How long after a tag's expiry a render of unknown start is assumed to have read old data. */
const RACE_WINDOW_MS = 10_000;

/** @type {Map<string, Entry>} */
const entries = new Map();
/** @type {Map<string, number>} tag → when it expired */
const expiredAt = new Map();
/** @type {Map<string, number>} key → when a render of it was first asked for, since its last store */
const lookedUpAt = new Map();
/** @type {Map<string, number>} key → when it was rendered and, the cache being full, not kept */
const renderedOnce = new Map();
/** How long a page turned away waits for the second render that earns it a place. */
const SECOND_RENDER_WINDOW_MS = 30 * 60_000;
let everythingExpiredAt = 0;
let bytes = 0;

function now() {
  return performance.timeOrigin + performance.now();
}

/** Every entry carrying one of `tags` is a miss from now on. */
export function expireTags(tags) {
  const at = now();
  for (const tag of tags) expiredAt.set(tag, at);
  if (expiredAt.size > 50_000) {
    // Old expiries matter only to entries older than them; forgetting them all expires everything once.
    expiredAt.clear();
    everythingExpiredAt = at;
  }
}

/** Every entry is a miss from now on (a start, a reconnect after missed announcements). */
export function expireEverything() {
  everythingExpiredAt = now();
  expiredAt.clear();
  entries.clear();
  renderedOnce.clear();
  rememberedLifetimes.clear();
  bytes = 0;
}

/** The figures a benchmark or a health page shows. */
export function pageCacheStats() {
  return { entries: entries.size, bytes, maxBytes: MAX_BYTES, expiredTags: expiredAt.size };
}

/** The latest expiry among `tags`, or of everything. */
function latestExpiry(tags) {
  let latest = everythingExpiredAt;
  for (const tag of tags) {
    const at = expiredAt.get(tag);
    if (at !== undefined && at > latest) latest = at;
  }
  return latest;
}

function tagsOfValue(value, ctxTags) {
  const header = value?.headers?.['x-next-cache-tags'];
  const fromHeader = typeof header === 'string' && header ? header.split(',') : [];
  return [...new Set([...(ctxTags ?? []), ...fromHeader])];
}

/**
 * The memory an entry takes, roughly: V8 keeps a string with any non-Latin-1 character
 * (every Vietnamese page) at two bytes a character, so strings count double.
 */
function sizeOf(key, value) {
  const text = (string) => 2 * (string?.length ?? 0);
  if (!value) return text(key) + 50;
  switch (value.kind) {
    case 'FETCH':
      // The data is kept as its JSON text already: its length, without copying it again.
      return text(key) + (typeof value.data?.body === 'string' ? text(value.data.body) : text(JSON.stringify(value.data ?? '')));
    case 'APP_ROUTE':
      return text(key) + (value.body?.length ?? 0);
    case 'APP_PAGE': {
      let size = text(value.html) + (value.rscData?.length ?? 0) + text(value.postponed);
      for (const [segment, buffer] of value.segmentData ?? []) size += text(segment) + buffer.length;
      return text(key) + size;
    }
    default:
      return text(key) + text(JSON.stringify(value));
  }
}

function remove(key) {
  rememberedLifetimes.delete(key);
  const entry = entries.get(key);
  if (!entry) return;
  bytes -= entry.bytes;
  entries.delete(key);
}

function noteLookup(key) {
  if (lookedUpAt.has(key)) return;
  if (lookedUpAt.size > 20_000) lookedUpAt.clear();
  lookedUpAt.set(key, now());
}

/**
 * Whether a page that would push others out has been rendered before, lately. A full cache
 * takes a newcomer only on its second render: a crawler's pass over 100,000 articles, each
 * asked for once, then leaves the pages readers keep asking for where they are, and the
 * process does not churn through hundreds of megabytes of pages no one asks for again
 * (npm run bench, "Memory" and "First-time renders").
 */
function secondRender(key, at) {
  const before = renderedOnce.get(key);
  if (before !== undefined && at - before <= SECOND_RENDER_WINDOW_MS) {
    renderedOnce.delete(key);
    return true;
  }
  if (renderedOnce.size >= 20_000) renderedOnce.clear();
  renderedOnce.set(key, at);
  return false;
}

export default class PortalPageCache {
  constructor(_options) {}

  async get(key, ctx) {
    const entry = entries.get(key);
    if (!entry) {
      noteLookup(key);
      return null;
    }
    const tags = ctx?.softTags?.length ? [...entry.tags, ...ctx.softTags] : entry.tags;
    if (latestExpiry(tags) >= entry.lastModified) {
      remove(key);
      noteLookup(key);
      return null;
    }
    // Most recently used last, so the oldest-used goes first when memory runs out.
    entries.delete(key);
    entries.set(key, entry);
    return { value: entry.value, lastModified: entry.lastModified, cacheControl: entry.cacheControl };
  }

  async set(key, value, ctx) {
    const stored = now();
    const renderStarted = lookedUpAt.get(key) ?? stored - RACE_WINDOW_MS;
    lookedUpAt.delete(key);
    const tags = tagsOfValue(value, ctx?.tags);
    const wasKept = entries.has(key);
    remove(key);
    // A render that began before one of its tags expired may carry what the change replaced.
    if (latestExpiry(tags) >= renderStarted) return;
    const size = sizeOf(key, value);
    // One entry may take up to a third (a sitemap file of 10,000 addresses is about 1.1 MB).
    if (size > MAX_BYTES / 3) return;
    if (!wasKept && bytes + size > MAX_BYTES && !secondRender(key, stored)) return;
    entries.set(key, { value, lastModified: stored, tags, bytes: size, cacheControl: ctx?.cacheControl });
    bytes += size;
    for (const oldest of entries.keys()) {
      if (bytes <= MAX_BYTES) break;
      remove(oldest);
    }
  }

  async revalidateTag(tags) {
    expireTags(typeof tags === 'string' ? [tags] : tags);
  }

  resetRequestCache() {}
}
