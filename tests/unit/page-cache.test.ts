import { describe, expect, it } from 'vitest';
import { SharedCacheControls } from 'next/dist/server/lib/incremental-cache/shared-cache-controls.external.js';
import PortalPageCache, { expireEverything, expireTags, pageCacheStats } from '@/server/page-cache.mjs';

// Next's page and data cache of one instance: entries expire by the tags a change announces.
const page = (html: string, tags: string[]) => ({ kind: 'APP_PAGE', html, rscData: Buffer.from(html), headers: { 'x-next-cache-tags': tags.join(',') }, status: 200 });
const cache = new PortalPageCache();
const tick = () => new Promise((resolve) => setTimeout(resolve, 2));

describe('the page cache', () => {
  it('keeps a page until one of its tags expires, and only pages with that tag', async () => {
    await cache.get('/bai-viet/a');
    await cache.set('/bai-viet/a', page('A', ['articles', 'article-slug:a']));
    await cache.get('/chuyen-muc/b');
    await cache.set('/chuyen-muc/b', page('B', ['section:b']));
    await tick();
    expect(await cache.get('/bai-viet/a')).not.toBeNull();
    expireTags(['article-slug:a']);
    expect(await cache.get('/bai-viet/a')).toBeNull();
    expect(await cache.get('/chuyen-muc/b')).not.toBeNull();
  });

  it('expires data by the tags given when it was stored, and by soft tags asked with', async () => {
    await cache.get('data-1');
    await cache.set('data-1', { kind: 'FETCH', data: { body: '1' } }, { tags: ['settings'] });
    await tick();
    expect(await cache.get('data-1', { softTags: ['_N_T_/layout'] })).not.toBeNull();
    expireTags(['_N_T_/layout']);
    expect(await cache.get('data-1', { softTags: ['_N_T_/layout'] })).toBeNull();
  });

  it('does not keep a render that began before its tag expired (it may hold what the change replaced)', async () => {
    expect(await cache.get('/bai-viet/c')).toBeNull(); // the render starts here …
    await tick();
    expireTags(['article-slug:c']); // … a change lands while it runs …
    await cache.set('/bai-viet/c', page('old C', ['article-slug:c'])); // … and it ends with old content.
    expect(await cache.get('/bai-viet/c')).toBeNull();
    await tick();
    await cache.set('/bai-viet/c', page('new C', ['article-slug:c']));
    expect(await cache.get('/bai-viet/c')).toMatchObject({ value: { html: 'new C' } });
  });

  it('keeps a whole sitemap file (a 6 MB route answer)', async () => {
    await cache.get('/sitemaps/bai-viet-1.xml');
    await cache.set('/sitemaps/bai-viet-1.xml', { kind: 'APP_ROUTE', body: Buffer.alloc(6 * 1024 * 1024, 'a'), headers: { 'x-next-cache-tags': 'articles' }, status: 200 });
    await tick();
    expect(await cache.get('/sitemaps/bai-viet-1.xml')).not.toBeNull();
  });

  it('once full, keeps a page only when it is rendered a second time: a crawler visiting each page once does not push out the pages readers ask for', async () => {
    expireEverything();
    await tick();
    const max = pageCacheStats().maxBytes;
    // Pages of 1.5 MB each (half a million two-byte characters and their RSC payload), until the cache is full.
    const big = (name: string) => page(name.padEnd(512 * 1024, '.'), ['tag:big']);
    const store = async (key: string) => {
      await cache.get(key);
      await cache.set(key, big(key));
    };
    await store('/hot-0');
    const one = pageCacheStats().bytes;
    const hot = Math.floor(max / one);
    for (let i = 1; i < hot; i++) await store(`/hot-${i}`);
    expect(pageCacheStats().entries).toBe(hot);
    await tick();
    const crawled = Array.from({ length: 40 }, (_, i) => `/crawled-${i}`);
    for (const key of crawled) await store(key);
    await tick();
    for (let i = 0; i < hot; i++) expect(await cache.get(`/hot-${i}`), `/hot-${i}`).not.toBeNull();
    expect(await cache.get('/crawled-0')).toBeNull();
    // The second render of the same page earns it a place; the least recently used goes.
    await store('/crawled-0');
    await tick();
    expect(await cache.get('/crawled-0')).not.toBeNull();
    expect(await cache.get('/hot-0')).toBeNull();
    expect(pageCacheStats().bytes).toBeLessThanOrEqual(max);
  });

  it("lets Next forget a page's lifetime when the page is let go: a crawler's pass does not leave 100,000 of them in memory", async () => {
    expireEverything();
    await tick();
    const remembered = (SharedCacheControls as unknown as { cacheControls: Map<string, unknown> }).cacheControls;
    const lifetime = { revalidate: 3600, expire: undefined };
    // What Next does for each rendered page: remember its lifetime, then hand it to the cache.
    const render = async (key: string) => {
      await cache.get(key);
      remembered.set(key, lifetime);
      await cache.set(key, page(key.padEnd(512 * 1024, '.'), ['tag:life']), { cacheControl: lifetime });
    };
    const keys = Array.from({ length: 40 }, (_, i) => `/life-${i}`);
    for (const key of keys) await render(key);
    await tick();
    // Pages kept answer with their lifetime; of the pages let go, none is remembered.
    const kept: string[] = [];
    for (const key of keys) {
      const hit = await cache.get(key);
      if (hit) {
        kept.push(key);
        expect(hit).toMatchObject({ cacheControl: lifetime });
      } else expect(remembered.has(key), key).toBe(false);
    }
    expect(kept.length).toBe(pageCacheStats().entries);
    expect(kept.length).toBeLessThan(keys.length);
    // Expired pages go with their lifetimes, whatever Next remembered of them meanwhile.
    for (const key of kept) remembered.set(key, lifetime);
    expireTags(['tag:life']);
    for (const key of kept) expect(await cache.get(key)).toBeNull();
    expect(keys.filter((key) => remembered.has(key))).toEqual([]);
  });

  it('forgets everything at once after a reconnect', async () => {
    await cache.get('/d');
    await cache.set('/d', page('D', ['tag:d']));
    await tick();
    expireEverything();
    expect(await cache.get('/d')).toBeNull();
  });
});
