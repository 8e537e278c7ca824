import { generate } from 'otplib';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { signIn } from './editor-helpers';
import { withDatabase } from './fixtures';

// Two-step sign-in as a new staff member meets it: an administrator creates the account,
// its owner enrols with an authenticator app, signs in with a code, sees and ends another
// session; the administrator resets the two-step sign-in of a lost phone.

const stamp = Date.now().toString(36);
const EMAIL = `pv-${stamp}@anhoa.gov.vn`;
const PASSWORD = 'Phóng-viên-2026!';

async function signInAs(page: Page, email: string, password: string) {
  await page.goto('/dang-nhap?tiep=/quan-tri');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

async function newContext(browser: Browser) {
  return browser.newContext({ viewport: { width: 1280, height: 900 } });
}

test('a staff member enrols in two-step sign-in, signs in with a code, and ends another session', async ({ browser, page }) => {
  test.setTimeout(120_000);
  await signIn(page, 'admin', '/quan-tri/nguoi-dung');
  const form = page.getByRole('region', { name: 'Tạo tài khoản' }).or(page.locator('section', { has: page.getByRole('heading', { name: 'Tạo tài khoản' }) }));
  await form.getByLabel('Họ tên').fill('Phóng viên Thử');
  await form.getByLabel('Email').fill(EMAIL);
  await form.getByLabel('Vai trò').selectOption({ label: 'Biên tập viên' });
  await form.getByLabel('Mật khẩu ban đầu').fill(PASSWORD);
  await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await expect(form.getByText('Đã tạo tài khoản.')).toBeVisible();

  // The new editor enrols.
  const ownerContext = await newContext(browser);
  const owner = await ownerContext.newPage();
  await signInAs(owner, EMAIL, PASSWORD);
  await expect(owner).toHaveURL((url) => url.pathname === '/quan-tri');
  await owner.goto('/quan-tri/tai-khoan');
  await owner.getByRole('link', { name: 'Bật xác thực hai bước' }).click();
  await owner.getByRole('button', { name: 'Bắt đầu' }).click();
  await expect(owner.getByRole('img', { name: 'Mã QR để thêm tài khoản vào ứng dụng xác thực' })).toBeVisible();
  const secret = (await owner.locator('code').textContent())!.replace(/\s/g, '');
  await owner.getByLabel('2. Nhập mã 6 chữ số ứng dụng đang hiện').fill(await generate({ secret }));
  await owner.getByRole('button', { name: 'Xác nhận và bật' }).click();
  await expect(owner.getByRole('status')).toHaveText('Đã bật xác thực hai bước.');
  const recovery = await owner.getByRole('list', { name: 'Mã dự phòng' }).getByRole('listitem').allTextContents();
  expect(recovery).toHaveLength(10);

  // Signing in elsewhere now takes a code after the password.
  const otherContext = await newContext(browser);
  const other = await otherContext.newPage();
  await signInAs(other, EMAIL, PASSWORD);
  await expect(other.getByLabel('Mã xác thực')).toBeFocused();
  await other.getByLabel('Mã xác thực').fill('000000');
  await other.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(other.getByText('Mã xác thực không đúng, đã hết hạn hoặc đã dùng rồi.')).toBeVisible();
  await other.getByLabel('Mã xác thực').fill(await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 }));
  await other.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(other).toHaveURL((url) => url.pathname === '/quan-tri');

  // The first session sees the second and ends it; the second is signed out at once.
  await owner.goto('/quan-tri/tai-khoan');
  const sessions = owner.getByRole('region', { name: 'Phiên đăng nhập đang mở' }).or(owner.locator('section', { has: owner.getByRole('heading', { name: 'Phiên đăng nhập đang mở' }) }));
  await expect(sessions.getByRole('listitem')).toHaveCount(2);
  await expect(sessions.getByText('Phiên này')).toHaveCount(1);
  await sessions.getByRole('button', { name: 'Kết thúc phiên' }).click();
  await expect(sessions.getByText('Đã kết thúc phiên đăng nhập.')).toBeVisible();
  await other.goto('/quan-tri/bai-viet');
  await expect(other).toHaveURL(/\/dang-nhap/);

  // A lost phone: the administrator resets it; the next sign-in needs no code.
  await page.reload();
  const card = page.getByRole('listitem').filter({ hasText: EMAIL });
  await expect(card.getByText('Xác thực hai bước: đã bật')).toBeVisible();
  page.once('dialog', (dialog) => void dialog.accept());
  await card.getByRole('button', { name: 'Đặt lại xác thực hai bước' }).click();
  await expect(card.getByText('Đã đặt lại xác thực hai bước')).toBeVisible();
  await owner.goto('/quan-tri');
  await expect(owner).toHaveURL(/\/dang-nhap/);
  await signInAs(owner, EMAIL, PASSWORD);
  await expect(owner).toHaveURL((url) => url.pathname === '/quan-tri');
  await ownerContext.close();
  await otherContext.close();
});

test('an approver who must use two-step sign-in is sent to set it up before anything else', async ({ browser, page }) => {
  // An administrator cannot require it before having it: the rule would lock them out too.
  await signIn(page, 'admin', '/quan-tri/bao-mat');
  const rules = page.locator('form', { has: page.getByRole('button', { name: 'Lưu quy định' }) });
  await rules.getByLabel(/Ban biên tập và quản trị viên bắt buộc/).check();
  await rules.getByRole('button', { name: 'Lưu quy định' }).click();
  await expect(rules.getByText('Hãy bật xác thực hai bước cho chính tài khoản của bạn trước khi bắt buộc người khác.')).toBeVisible();

  const setting = (on: boolean) => withDatabase((db) => db.query('UPDATE "SiteSettings" SET "twoFactorForApprovers" = $1', [on]));
  await setting(true);
  try {
    const approverContext = await newContext(browser);
    const approver = await approverContext.newPage();
    await signInAs(approver, 'bbt@anhoa.gov.vn', 'BanBienTap@2026');
    await expect(approver).toHaveURL(/\/quan-tri\/tai-khoan\/xac-thuc-hai-buoc$/);
    await expect(approver.getByText('Vai trò của bạn bắt buộc dùng xác thực hai bước. Hãy bật để tiếp tục làm việc.')).toBeVisible();
    await expect(approver.getByRole('navigation', { name: 'Khu vực biên tập' }).getByRole('link')).toHaveText(['Tài khoản']);
    await approver.goto('/quan-tri/bai-viet');
    await expect(approver).toHaveURL(/\/quan-tri\/tai-khoan\/xac-thuc-hai-buoc$/);
    await approverContext.close();
  } finally {
    await setting(false);
  }
});
