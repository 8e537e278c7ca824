import { expect, test } from '@playwright/test';

test('anonymous visitors are sent from the editor area to sign in', async ({ page }) => {
  await page.goto('/quan-tri');
  await expect(page).toHaveURL(/\/dang-nhap\?tiep=%2Fquan-tri|\/dang-nhap\?tiep=\/quan-tri/);
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng nhập biên tập' })).toBeVisible();
});

test('an editor signs in, sees the dashboard, and signs out', async ({ page }) => {
  await page.goto('/dang-nhap');
  await page.getByLabel('Email').fill('bientap@anhoa.gov.vn');
  await page.getByLabel('Mật khẩu').fill('mật khẩu sai');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByText('Email hoặc mật khẩu không đúng.')).toBeVisible();

  await page.getByLabel('Mật khẩu').fill('BienTap@2026');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(/\/quan-tri$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Xin chào, Ngọc Hân' })).toBeVisible();
  await expect(page.getByText('Biên tập viên')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Mới đăng' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Chờ duyệt' })).toHaveCount(0);

  const cookies = await page.context().cookies();
  const session = cookies.find((cookie) => cookie.name.includes('next-auth.session-token'));
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe('Lax');

  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto('/quan-tri');
  await expect(page).toHaveURL(/\/dang-nhap/);
});

test('an approver sees what waits for approval', async ({ page }) => {
  await page.goto('/dang-nhap?tiep=/quan-tri');
  await page.getByLabel('Email').fill('bbt@anhoa.gov.vn');
  await page.getByLabel('Mật khẩu').fill('BanBienTap@2026');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { name: 'Chờ duyệt' })).toBeVisible();
});
