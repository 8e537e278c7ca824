import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const width of [390, 1280]) {
  const page = await (await browser.newContext({ baseURL: 'http://localhost:3000', viewport: { width, height: 900 } })).newPage();
  await page.goto('/dang-nhap?tiep=/quan-tri');
  await page.getByLabel('Email').fill('quantri@anhoa.gov.vn');
  await page.getByLabel('Mật khẩu').fill('QuanTri@2026');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((u) => u.pathname === '/quan-tri');
  for (const [name, path] of [['bao-mat', '/quan-tri/bao-mat'], ['tai-khoan', '/quan-tri/tai-khoan'], ['hai-buoc', '/quan-tri/tai-khoan/xac-thuc-hai-buoc'], ['nguoi-dung', '/quan-tri/nguoi-dung']]) {
    await page.goto(path);
    await page.screenshot({ path: `/tmp/shots/${name}-${width}.png`, fullPage: true });
  }
}
await browser.close();
