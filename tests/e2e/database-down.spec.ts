import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { expect, test } from '@playwright/test';

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

test.beforeAll(async () => {
  const [port, deadPort] = [await freePort(), await freePort()];
  base = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, [path.resolve('scripts/serve.mjs')], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: `postgresql://nobody:x@127.0.0.1:${deadPort}/none` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    server.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('Portal ready') && resolve());
    server.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
});

test.afterAll(() => {
  server?.kill('SIGTERM');
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
