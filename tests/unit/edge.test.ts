import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientAddressOf, trustedProxiesFromEnv } from '@/server/client-address';
import { createEdge } from '@/server/edge';
import { createMicroCache } from '@/server/micro-cache.mjs';

// The edge in front of a stand-in for Next that echoes what it was given and counts renders.
let renders = 0;
let databaseUp = true;
let trusted: string[] = [];
const withdrawn = new Set(['bai-da-go']);
const microCache = createMicroCache({ ttlMs: 60_000 });
let server: Server;
let base: string;

beforeAll(async () => {
  const edge = createEdge({
    async handle(req, res) {
      renders += 1;
      const url = req.url ?? '/';
      if (url.startsWith('/loi')) throw new Error('render failed');
      const status = url.startsWith('/khong-co') ? 404 : 200;
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`render ${renders} ip=${req.headers['x-portal-client-ip']}`);
    },
    clientAddress: (req) => clientAddressOf(req, trusted),
    isWithdrawn: (slug) => withdrawn.has(slug),
    databaseUp: () => databaseUp,
    microCache,
    logError: () => undefined,
  });
  server = createServer((req, res) => void edge(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}${path}`, { headers });
  return { status: response.status, body: await response.text(), retryAfter: response.headers.get('retry-after') };
}

describe('the edge', () => {
  it('answers an unreadable address with a Vietnamese 400 page, never reaching the app', async () => {
    const before = renders;
    const answer = await get('/bai-viet/%E0%A4%A');
    expect(answer.status).toBe(400);
    expect(answer.body).toContain('Địa chỉ không hợp lệ');
    expect(renders).toBe(before);
  });

  it('sends a withdrawn article as 410 Gone, and keeps that status in the micro-cache', async () => {
    expect((await get('/bai-viet/bai-da-go')).status).toBe(410);
    const again = await get('/bai-viet/bai-da-go');
    expect(again.status).toBe(410);
    expect((await get('/bai-viet/bai-con-dang')).status).toBe(200);
  });

  it('turns a failure into 503 with Retry-After while the database is down, and 500 while it is up', async () => {
    databaseUp = false;
    const down = await get('/loi-1');
    expect([down.status, down.retryAfter]).toEqual([503, '30']);
    expect(down.body).toBe('Hệ thống tạm thời gián đoạn. Vui lòng thử lại sau.');
    databaseUp = true;
    expect((await get('/loi-2')).status).toBe(500);
  });

  it('sets the client address itself: a forged header from a client is replaced', async () => {
    trusted = [];
    microCache.purge();
    const forged = await get('/dia-chi-1', { 'x-portal-client-ip': '1.2.3.4', 'x-forwarded-for': '5.6.7.8' });
    expect(forged.body).toMatch(/ip=127\.0\.0\.1$/);
  });

  it('behind a trusted proxy, takes the right-most forwarded address that is not a proxy', async () => {
    trusted = ['127.0.0.1'];
    microCache.purge();
    // The client wrote "6.6.6.6" itself; the proxy appended the address it saw.
    const answer = await get('/dia-chi-2', { 'x-forwarded-for': '6.6.6.6, 203.0.113.7' });
    expect(answer.body).toMatch(/ip=203\.0\.113\.7$/);
    trusted = [];
  });
});

describe('client address rules', () => {
  const request = (remoteAddress: string, forwarded?: string) =>
    ({ socket: { remoteAddress }, headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded } }) as unknown as IncomingMessage;

  it('ignores X-Forwarded-For from a connection that is not a trusted proxy', () => {
    expect(clientAddressOf(request('198.51.100.4', '1.1.1.1'), ['10.0.0.5'])).toBe('198.51.100.4');
  });

  it('skips trusted proxies from the right, and falls back to the proxy when nothing else is given', () => {
    const proxies = ['10.0.0.5', '10.0.0.6'];
    expect(clientAddressOf(request('10.0.0.5', '9.9.9.9, 203.0.113.9, 10.0.0.6'), proxies)).toBe('203.0.113.9');
    expect(clientAddressOf(request('10.0.0.5'), proxies)).toBe('10.0.0.5');
    expect(clientAddressOf(request('::ffff:10.0.0.5', '203.0.113.9'), proxies)).toBe('203.0.113.9');
  });

  it('reads the trusted proxies from the environment', () => {
    expect(trustedProxiesFromEnv({ TRUSTED_PROXIES: '10.0.0.5, loopback' })).toEqual(['10.0.0.5', '127.0.0.1', '::1']);
    expect(trustedProxiesFromEnv({ TRUST_PROXY: '1' })).toEqual(['127.0.0.1', '::1']);
    expect(trustedProxiesFromEnv({})).toEqual([]);
  });
});
