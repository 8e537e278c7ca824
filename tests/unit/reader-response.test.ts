import http, { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finishAsReaderPage, withoutFrameworkScripts } from '@/server/reader-response';

const PAGE = [
  '<!DOCTYPE html><html lang="vi"><head>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
  '<link rel="preload" href="/_next/static/media/font.woff2" as="font" type="font/woff2" crossorigin=""/>',
  '<script src="/_next/static/chunks/c.js" async=""></script>',
  '<title>Tin hoạt động</title></head><body>',
  '<h1>Tin hoạt động</h1><a href="/bai-viet/a">Bài A</a>',
  '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
  '<button data-print="">In bài viết</button><script data-keep="">print</script>',
  '<script>self.__next_f.push([1,"a:\\u003c/script\\u003e"])</script>',
  '<script id="_R_">self.__next_r="x"</script>',
  '</body></html>',
].join('');

describe('a reader page without the framework scripts', () => {
  it('keeps the content, styles, fonts, JSON-LD and kept scripts, in order, and nothing else of script', () => {
    expect(withoutFrameworkScripts(PAGE)).toBe(
      [
        '<!DOCTYPE html><html lang="vi"><head>',
        '<link rel="stylesheet" href="/_next/static/chunks/a.css"/>',
        '<link rel="preload" href="/_next/static/media/font.woff2" as="font" type="font/woff2" crossorigin=""/>',
        '<title>Tin hoạt động</title></head><body>',
        '<h1>Tin hoạt động</h1><a href="/bai-viet/a">Bài A</a>',
        '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
        '<button data-print="">In bài viết</button><script data-keep="">print</script>',
        '</body></html>',
      ].join(''),
    );
  });
});

describe('finishing a reader response', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      finishAsReaderPage(res, String(req.headers['x-accept'] ?? ''));
      // As Next streams a page: headers flushed, then chunks.
      res.setHeader('Content-Type', req.url === '/xml' ? 'application/xml; charset=utf-8' : 'text/html; charset=utf-8');
      res.writeHead(req.url === '/missing' ? 404 : 200);
      res.flushHeaders();
      const body = req.url === '/xml' ? `<urlset>${'<url><loc>x</loc></url>'.repeat(100)}</urlset>` : PAGE + ' '.repeat(2000);
      res.write(body.slice(0, 300));
      res.end(body.slice(300));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  // node:http, which (unlike fetch) hands over the bytes as sent.
  const raw = (path: string, accept: string) =>
    new Promise<{ headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http.get(`${base}${path}`, { headers: { 'x-accept': accept } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
      }).on('error', reject);
    });

  it('sends the page rewritten, gzipped when accepted, with its real length', async () => {
    const zipped = await raw('/', 'gzip, br');
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(Number(zipped.headers['content-length'])).toBe(zipped.body.length);
    const html = gunzipSync(zipped.body).toString('utf8');
    expect(html).toContain('<h1>Tin hoạt động</h1>');
    expect(html).not.toContain('__next_f');
    expect(html).not.toContain('/_next/static/chunks/c.js');

    const plain = await raw('/', '');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(html);
  });

  it('leaves a 404 page its scripts (Next fills its shell in on the client)', async () => {
    const html = gunzipSync((await raw('/missing', 'gzip')).body).toString('utf8');
    expect(html).toContain('__next_f');
  });

  it('compresses XML (sitemaps, feeds) unchanged', async () => {
    const zipped = await raw('/xml', 'gzip');
    expect(gunzipSync(zipped.body).toString('utf8')).toBe(`<urlset>${'<url><loc>x</loc></url>'.repeat(100)}</urlset>`);
  });
});

describe('a sent reader page', () => {
  it('keeps none of its pieces while the response object lives on', async () => {
    // A sent response can stay in memory as long as its request's context does; the
    // pieces it was written in must not stay with it.
    setFlagsFromString('--expose-gc');
    const collect = runInNewContext('gc') as () => void;
    const kept: ServerResponse[] = [];
    let piece: WeakRef<Buffer> | undefined;
    const writeAPiece = (res: ServerResponse) => {
      const chunk = Buffer.from(PAGE);
      piece = new WeakRef(chunk);
      res.write(chunk);
    };
    const server = createServer((req, res) => {
      kept.push(res);
      finishAsReaderPage(res, 'gzip');
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      writeAPiece(res);
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve, reject) => http.get(`http://127.0.0.1:${port}/`, (response) => response.resume().on('end', resolve)).on('error', reject));
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await new Promise((resolve) => setImmediate(resolve));
    collect();
    expect(kept).toHaveLength(1);
    expect(piece?.deref()).toBeUndefined();
  });
});
