import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMicroCache } from '@/server/micro-cache.mjs';

// A stand-in for Next behind the one-second page cache: counts how often it renders.
let renders = 0;
let server: Server;
let base: string;
const cache = createMicroCache({ ttlMs: 60_000 });

beforeAll(async () => {
  server = createServer((req, res) => {
    const key = cache.keyFor(req);
    if (key && cache.serve(key, req, res)) return;
    if (key) cache.capture(key, req, res);
    renders += 1;
    const url = req.url ?? '/';
    if (url.startsWith('/cookie')) res.setHeader('Set-Cookie', 'a=b');
    // Next marks every page it renders per request private, the search page among them.
    if (url.startsWith('/private') || url.startsWith('/tim-kiem')) res.setHeader('Cache-Control', 'private, no-store');
    const status = url.startsWith('/error') ? 500 : url.startsWith('/missing') ? 404 : 200;
    res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8' });
    res.write(`render ${renders} `);
    if (url.startsWith('/slow')) setTimeout(() => res.end(url), 150);
    else res.end(url);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}${path}`, { headers });
  return { status: response.status, body: await response.text() };
}

describe('the page micro-cache', () => {
  it('answers a repeated anonymous GET from memory, with the same status and body', async () => {
    const first = await get('/bai-viet/a');
    const again = await get('/bai-viet/a');
    expect(again).toEqual(first);
    expect((await get('/missing/x')).status).toBe(404);
    const before = renders;
    expect((await get('/missing/x')).status).toBe(404);
    expect(renders).toBe(before);
  });

  it('never keeps or serves what may differ per person or per navigation', async () => {
    for (const [path, headers] of [
      ['/bai-viet/b', { cookie: 'next-auth.session-token=x' }],
      ['/bai-viet/b', { cookie: '__Secure-authjs.session-token=x' }],
      ['/bai-viet/b', { rsc: '1' }],
      ['/bai-viet/b', { 'next-router-prefetch': '1' }],
      ['/bai-viet/b', { authorization: 'Bearer x' }],
      ['/quan-tri', {}],
      ['/dang-nhap', {}],
      ['/api/x', {}],
      ['/cookie', {}],
      ['/private', {}],
      ['/error', {}],
    ] as [string, Record<string, string>][]) {
      const before = renders;
      await get(path, headers);
      await get(path, headers);
      expect(renders - before, `${path} ${JSON.stringify(headers)}`).toBe(2);
    }
  });

  it('keeps the search page for anonymous readers (the same for all of them), never for a signed-in one', async () => {
    await get('/tim-kiem?q=khen');
    const before = renders;
    expect((await get('/tim-kiem?q=khen')).body).toContain('/tim-kiem?q=khen');
    expect(renders).toBe(before);
    await get('/tim-kiem?q=thi-dua');
    expect(renders).toBe(before + 1);
    await get('/tim-kiem?q=khen', { cookie: 'next-auth.session-token=x' });
    await get('/tim-kiem?q=khen', { cookie: 'next-auth.session-token=x' });
    expect(renders).toBe(before + 3);
  });

  it('keeps separate copies per content encoding, and forgets everything on purge', async () => {
    const plain = await get('/bai-viet/c', { 'accept-encoding': 'identity' });
    const before = renders;
    await get('/bai-viet/c', { 'accept-encoding': 'gzip' });
    expect(renders).toBe(before + 1);
    cache.purge();
    const fresh = await get('/bai-viet/c', { 'accept-encoding': 'identity' });
    expect(fresh.body).not.toBe(plain.body);
  });

  it('does not keep a page that was being rendered while a purge happened', async () => {
    const slow = get('/bai-viet/slow');
    await new Promise((resolve) => setTimeout(resolve, 50));
    cache.purge();
    const stale = await slow;
    const after = await get('/bai-viet/slow');
    expect(after.body).not.toBe(stale.body);
    expect(await get('/bai-viet/slow')).toEqual(after);
  });
});

describe('the micro-cache’s memory', () => {
  it('lets go of expired responses when it keeps the next one, so a crawl of distinct pages holds only the last second', async () => {
    const short = createMicroCache({ ttlMs: 50 });
    const local = createServer((req, res) => {
      const key = short.keyFor(req)!;
      short.capture(key, req, res);
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('x'.repeat(1000));
    });
    await new Promise<void>((resolve) => local.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(local.address() as AddressInfo).port}`;
    for (const page of ['/a', '/b', '/c']) await (await fetch(`${url}${page}`)).text();
    expect(short.stats()).toEqual({ entries: 3, bytes: 3000 });
    await new Promise((resolve) => setTimeout(resolve, 80));
    await (await fetch(`${url}/d`)).text();
    expect(short.stats()).toEqual({ entries: 1, bytes: 1000 });
    await new Promise<void>((resolve) => local.close(() => resolve()));
  });
});
