import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/processes';
import { measureDataCacheOnly, measuresEveryEntry, nextCacheFiles } from '../../scripts/patch-next.mjs';

// Next 16.4 measures every cache entry as JSON, a rendered page's RSC payload included
// (scripts/patch-next.mjs): the install patches it to measure data-cache entries only.
describe("Next's cache entries measured only where the size is used", () => {
  it('rewrites the minified and the plain copy of IncrementalCache.set, and only the measure', () => {
    const minified =
      'n=oM(e,t),a=i}let i=JSON.stringify(t).length;if(r.fetchCache&&i>2097152&&!this.hasCustomCacheHandler){console.warn(i)}';
    const { source, changes } = measureDataCacheOnly(minified);
    expect(changes).toBe(1);
    expect(source).toBe('n=oM(e,t),a=i}let i=r.fetchCache?JSON.stringify(t).length:0;if(r.fetchCache&&i>2097152&&!this.hasCustomCacheHandler){console.warn(i)}');
    // Run twice, nothing more changes.
    expect(measureDataCacheOnly(source).changes).toBe(0);

    const plain = '        // FetchCache has upper limit of 2MB per-entry currently\n        const itemSize = JSON.stringify(data).length;\n';
    expect(measureDataCacheOnly(plain).source).toContain('const itemSize = ctx.fetchCache ? JSON.stringify(data).length : 0;');
  });

  it('leaves a page entry unmeasured and still measures a data-cache entry', () => {
    const { source } = measureDataCacheOnly('let i=JSON.stringify(t).length;if(r.fetchCache&&i>2097152)return i;return i');
    const measure = new Function('t', 'r', source) as (data: unknown, ctx: { fetchCache?: boolean }) => number;
    let pageMeasured = false;
    const rscData = { toJSON: () => ((pageMeasured = true), []) };
    expect(measure({ kind: 'APP_PAGE', rscData }, {})).toBe(0);
    expect(pageMeasured).toBe(false);
    expect(measure({ kind: 'FETCH', data: { body: 'x'.repeat(10) } }, { fetchCache: true })).toBe(JSON.stringify({ kind: 'FETCH', data: { body: 'x'.repeat(10) } }).length);
  });

  it('is applied to every installed runtime that carries the class', () => {
    const files = nextCacheFiles(ROOT);
    const runtimes = files.filter((file) => file.endsWith('app-page-turbo.runtime.prod.js') || file.endsWith('app-route-turbo.runtime.prod.js'));
    expect(runtimes).toHaveLength(2);
    const unpatched = files.filter((file) => measuresEveryEntry(readFileSync(file, 'utf8')));
    expect(unpatched).toEqual([]);
  });
});
