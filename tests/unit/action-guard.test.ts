import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { actionBodyProblem, foreignOrigin, readBody, replay } from '@/server/action-guard.mjs';

const request = (headers: Record<string, string>) => ({ method: 'POST', headers: { host: 'portal.example', ...headers } }) as never;

describe('server-action requests are checked before Next decodes them', () => {
  it('refuses a foreign or "null" origin, and accepts this site or none', () => {
    expect(foreignOrigin(request({ origin: 'https://evil.example' }))).toBe(true);
    expect(foreignOrigin(request({ origin: 'null' }))).toBe(true);
    expect(foreignOrigin(request({ origin: 'not a url' }))).toBe(true);
    expect(foreignOrigin(request({ origin: 'https://portal.example' }))).toBe(false);
    expect(foreignOrigin(request({}))).toBe(false);
  });

  it('accepts what React’s client sends for the portal’s actions', async () => {
    const save = JSON.stringify([12, 3, { title: 'Tiêu đề', body: '{"type":"doc","content":[]}', photos: [], note: '$$ giá' }, false]);
    expect(await actionBodyProblem(Buffer.from(save), 'text/plain;charset=UTF-8')).toBeNull();
    expect(await actionBodyProblem(Buffer.from('[{"comment":"$undefined","at":"$D2026-01-01T00:00:00.000Z"}]'), 'text/plain')).toBeNull();
    const form = new FormData();
    form.append('1_email', 'a@b.vn');
    form.append('0', '["$undefined","$K1"]');
    // As React's client sends a form action's fields, its hidden $ACTION_ fields included.
    const action = new FormData();
    action.append('_1_$ACTION_REF_7', '');
    action.append('_1_$ACTION_7:0', '{"id":"60122cc3","bound":"$@1"}');
    action.append('0', '[null,"$K1"]');
    const actionBody = new Response(action);
    expect(await actionBodyProblem(Buffer.from(await actionBody.arrayBuffer()), actionBody.headers.get('content-type')!)).toBeNull();
    const multipart = new Response(form);
    const body = Buffer.from(await multipart.arrayBuffer());
    expect(await actionBodyProblem(body, multipart.headers.get('content-type')!)).toBeNull();
  });

  it('names what is wrong with a body React would never send', async () => {
    const text = (body: string) => actionBodyProblem(Buffer.from(body), 'text/plain;charset=UTF-8');
    expect(await text('not json')).toBe('dữ liệu không phải JSON');
    expect(await text('')).toBe('yêu cầu trống');
    expect(await text('"$@1"')).toBe('dữ liệu không đúng dạng');
    expect(await text('[{"a":"$@1"}]')).toBe('thiếu phần được tham chiếu');
    expect(await text('[{"attrs":"$T"}]')).toBe('có tham chiếu không hợp lệ');
    expect(await text(`${'['.repeat(200)}${']'.repeat(200)}`)).toBe('lồng nhau quá sâu');
    expect(await actionBodyProblem(Buffer.from('--x\r\nbroken'), 'multipart/form-data; boundary=x')).toBe('dữ liệu biểu mẫu không đọc được');
    const form = new FormData();
    form.append('0', '["$K7"]');
    const multipart = new Response(form);
    expect(await actionBodyProblem(Buffer.from(await multipart.arrayBuffer()), multipart.headers.get('content-type')!)).toBe('thiếu phần được tham chiếu');
  });

  it('reads a body up to its limit, and hands it on whole to the next reader', async () => {
    const server = createServer(async (req, res) => {
      const body = await readBody(req, 64);
      if (body === null) {
        res.writeHead(413).end();
        return;
      }
      const again = replay(req, body);
      const chunks: Buffer[] = [];
      for await (const chunk of again) chunks.push(chunk as Buffer);
      res.end(`${again.method} ${again.url} ${again.headers['content-length']} ${Buffer.concat(chunks).toString()}`);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const ok = await fetch(`${base}/quan-tri?x=1`, { method: 'POST', body: '[1,"tiếng Việt"]' });
    expect(await ok.text()).toBe(`POST /quan-tri?x=1 ${Buffer.byteLength('[1,"tiếng Việt"]')} [1,"tiếng Việt"]`);
    expect((await fetch(base, { method: 'POST', body: 'x'.repeat(100) })).status).toBe(413);
    server.close();
  });
});
