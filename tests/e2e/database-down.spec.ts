import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startEmbeddedDatabase } from '../../scripts/lib/embedded-db';
import { migrate } from '../../scripts/lib/migrate';
import { serverArgs } from '../../scripts/lib/processes';

// A second server of the same build whose database cannot be reached.
let server: ChildProcess;
let base: string;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Another server of the same build, on its own database; resolves with its address. */
async function serveOn(databaseUrl: string): Promise<{ child: ChildProcess; base: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, serverArgs(), {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('Portal ready') && resolve());
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { child, base: `http://127.0.0.1:${port}` };
}

test.beforeAll(async () => {
  ({ child: server, base } = await serveOn(`postgresql://nobody:x@127.0.0.1:${await freePort()}/none`));
});

test.afterAll(() => {
  server?.kill('SIGTERM');
});

test('when the database goes away, the very first request after answers 503, not 500', async ({ request }) => {
  test.setTimeout(60_000);
  const folder = mkdtempSync(path.join(os.tmpdir(), 'portal-down-'));
  chmodSync(folder, 0o755);
  const database = await startEmbeddedDatabase({ dataDir: path.join(folder, 'postgres'), database: 'portal', quiet: true });
  let own: ChildProcess | undefined;
  try {
    await migrate(database.url, () => undefined);
    const { child, base: ownBase } = await serveOn(database.url);
    own = child;
    expect((await request.get(`${ownBase}/chuyen-muc/khen-thuong`)).status()).toBe(404);
    expect((await request.get(`${ownBase}/`)).status()).toBe(200);
    await database.stop();
    for (const path of ['/tim-kiem?q=thi+dua', '/bai-viet/bai-moi-sau-khi-ngung', '/the/khen-thuong']) {
      const response = await request.get(`${ownBase}${path}`);
      expect(response.status(), path).toBe(503);
      expect(await response.text()).not.toMatch(/ECONNREFUSED|at .+\.(js|ts):\d+|node_modules/);
    }
  } finally {
    own?.kill('SIGTERM');
    await database.stop().catch(() => undefined);
    rmSync(folder, { recursive: true, force: true });
  }
});

test('with the database down, pages answer a friendly 503 and no stack trace', async ({ page }) => {
  for (const path of ['/', '/chuyen-muc/khen-thuong', '/bai-viet/mot-bai-bat-ky', '/the/thi-dua']) {
    const response = await page.goto(`${base}${path}`);
    expect(response!.status(), path).toBe(503);
    expect(response!.headers()['retry-after']).toBe('30');
    expect(await response!.text()).not.toMatch(/ECONNREFUSED|at .+\.(js|ts):\d+|node_modules/);
    await expect(page.getByRole('heading', { name: 'Trang tạm thời chưa hiển thị được' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Đăng nhập' }).first()).toBeVisible();
  }
});
