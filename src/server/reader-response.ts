// Readers' pages leave the server as plain HTML: they are rendered completely on the
// server and work without a script (links, the search form, printing), so the
// framework's client runtime (some 140 KB of JavaScript and an inline copy of the page
// for hydration) is taken out of them here. The editor area keeps React. Kept: JSON-LD,
// and the page's own small scripts marked `data-keep`.
//
// The edge asks Next for such a page uncompressed, takes the scripts out and compresses
// the result itself (gzip), so the micro-cache keeps exactly what is sent.
import type { ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';

const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script>/g;
const LINK = /<link\b[^>]*>/g;

/** The HTML without the framework's scripts and their preloads. */
export function withoutFrameworkScripts(html: string): string {
  return html
    .replace(SCRIPT, (whole, attributes: string) => (/\btype="application\/ld\+json"|\bdata-keep\b/.test(attributes) ? whole : ''))
    .replace(LINK, (link) => (/\bas="script"|\brel="modulepreload"/.test(link) ? '' : link));
}

const COMPRESSIBLE = /^(?:text\/|application\/(?:xml|rss\+xml|json|javascript)|image\/svg\+xml)/;

type Head = { status: number; message?: string; headers?: Record<string, string | number | string[]> };

/**
 * Holds the response of a reader's page until it is complete, then sends it rewritten
 * (HTML without framework scripts) and gzipped when the client accepts it. Install it
 * last, so Next writes into it and it writes into the layers beneath.
 */
export function finishAsReaderPage(res: ServerResponse, acceptEncoding: string) {
  const gzip = /\bgzip\b/.test(acceptEncoding);
  const writeHead = res.writeHead;
  const end = res.end;
  const chunks: Buffer[] = [];
  let head: Head | null = null;

  res.writeHead = function heldWriteHead(this: ServerResponse, status: number, ...rest: unknown[]) {
    const message = typeof rest[0] === 'string' ? rest[0] : undefined;
    const headers = rest.find((arg) => arg && typeof arg === 'object') as Head['headers'];
    head = { status, message, headers };
    return this;
  } as ServerResponse['writeHead'];
  // Next flushes headers before the first chunk; here they wait for the whole body.
  res.flushHeaders = () => undefined;
  res.write = function heldWrite(chunk: unknown, encoding?: unknown, callback?: unknown) {
    if (chunk) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'));
    const done = typeof encoding === 'function' ? encoding : callback;
    if (typeof done === 'function') process.nextTick(done as () => void);
    return true;
  } as ServerResponse['write'];
  res.end = function finishedEnd(this: ServerResponse, chunk?: unknown, encoding?: unknown, callback?: unknown) {
    if (chunk && typeof chunk !== 'function') chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'));
    const status = head?.status ?? this.statusCode;
    if (head?.headers) for (const [name, value] of Object.entries(head.headers)) this.setHeader(name, value);
    let body = Buffer.concat(chunks);
    // A sent response can stay in memory as long as its request's context does (a heap
    // snapshot of a server near its limit held 340 sent responses): it keeps none of the
    // page's pieces meanwhile.
    chunks.length = 0;
    const type = String(this.getHeader('content-type') ?? '');
    // Next's not-found and error pages are a shell the client runtime fills in: they keep it.
    if (type.startsWith('text/html') && status >= 200 && status < 300 && body.length > 0) {
      body = Buffer.from(withoutFrameworkScripts(body.toString('utf8')), 'utf8');
    }
    if (COMPRESSIBLE.test(type) && body.length > 1024) {
      this.setHeader('Vary', 'Accept-Encoding');
      if (gzip && !this.getHeader('content-encoding')) {
        body = gzipSync(body, { level: 6 });
        this.setHeader('Content-Encoding', 'gzip');
      }
    }
    if (status !== 204 && status !== 304) this.setHeader('Content-Length', body.length);
    (writeHead as (...args: unknown[]) => ServerResponse).call(this, status, ...(head?.message ? [head.message] : []));
    const done = typeof chunk === 'function' ? chunk : typeof encoding === 'function' ? encoding : callback;
    return (end as (...args: unknown[]) => ServerResponse).call(this, status === 204 || status === 304 ? undefined : body, done);
  } as ServerResponse['end'];
}
