import { generate } from 'otplib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { changeOwnPassword, updateUser } from '@/lib/admin/users';
import { clearThrottleAs, listThrottles, saveSecuritySettings } from '@/lib/admin/security';
import { signInWithPassword, type Client } from '@/lib/auth/credentials';
import { hashPassword } from '@/lib/auth/password';
import { can } from '@/lib/auth/permissions';
import { open } from '@/lib/auth/secret-box';
import { listSessions, sessionOpen } from '@/lib/auth/sessions';
import { pairDelayMs, THROTTLE } from '@/lib/auth/throttle';
import { confirmEnrolment, resetTwoFactor, startEnrolment } from '@/lib/auth/two-factor';
import { AppError } from '@/lib/errors';
import { resetDatabase, testClient } from '../support/database';
import { as } from '../support/editor';

const client = testClient();
const PASSWORD = 'Mật-khẩu-đúng-2026';
const from = (ip: string): Client => ({ ip, userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0' });
const signIn = (email: string, password: string, ip: string, code?: string) => signInWithPassword({ email, password, code }, from(ip));
/** Moves every recorded failure `ms` into the past, as if that time had gone by. */
const timePasses = (ms: number) => client.$executeRaw`UPDATE "LoginAttempt" SET "createdAt" = "createdAt" - ${ms} * interval '1 millisecond'`;

let admin: { id: number; role: 'ADMIN' };
let approver: { id: number; role: 'APPROVER' };

beforeAll(async () => {
  await resetDatabase(client);
  const passwordHash = await hashPassword(PASSWORD);
  await client.siteSettings.create({ data: { id: 1, siteName: 'Cổng thử', agencyName: 'Ban thử', twoFactorForApprovers: false } });
  admin = (await client.user.create({ data: { email: 'quantri@example.vn', name: 'Quản trị', role: 'ADMIN', passwordHash }, select: { id: true, role: true } })) as typeof admin;
  approver = (await client.user.create({ data: { email: 'duyet@example.vn', name: 'Duyệt', role: 'APPROVER', passwordHash }, select: { id: true, role: true } })) as typeof approver;
  await client.user.create({ data: { email: 'bientap@example.vn', name: 'Biên tập', role: 'EDITOR', passwordHash } });
  await client.user.create({ data: { email: 'nghi@example.vn', name: 'Đã nghỉ', role: 'EDITOR', passwordHash, disabled: true } });
  await client.user.create({ data: { email: 'demo@example.vn', name: 'Minh hoạ', role: 'EDITOR', passwordHash, demoAccount: true } });
  for (let i = 1; i <= 5; i += 1) await client.user.create({ data: { email: `dongnghiep${i}@example.vn`, name: `Đồng nghiệp ${i}`, role: 'EDITOR', passwordHash } });
});
beforeEach(() => client.loginAttempt.deleteMany());
afterAll(() => client.$disconnect());

describe('signing in with a password', () => {
  it('accepts the right password in any Unicode form and email case, opens a session and logs it', async () => {
    const result = await signInWithPassword({ email: ' BienTap@Example.VN ', password: PASSWORD.normalize('NFD') }, from('10.0.0.1'));
    expect(result).toMatchObject({ ok: true, user: { email: 'bientap@example.vn', role: 'EDITOR' } });
    const sessionId = result.ok ? result.user.sessionId : '';
    expect(await client.userSession.findUniqueOrThrow({ where: { id: sessionId } })).toMatchObject({ ip: '10.0.0.1', userAgent: expect.stringContaining('Chrome'), endedAt: null });
    expect(await client.auditLog.findFirst({ where: { action: 'auth.signIn' }, orderBy: { id: 'desc' } })).toMatchObject({ ip: '10.0.0.1', entityType: 'user' });
  });

  it('answers an unknown email exactly like a wrong password, and refuses disabled accounts', async () => {
    expect(await signIn('khong-co@example.vn', 'x', '10.0.0.2')).toEqual({ ok: false, reason: 'invalid' });
    expect(await signIn('bientap@example.vn', 'sai', '10.0.0.2')).toEqual({ ok: false, reason: 'invalid' });
    expect(await signIn('nghi@example.vn', PASSWORD, '10.0.0.2')).toEqual({ ok: false, reason: 'invalid' });
    expect(await signInWithPassword({ email: 'not an email', password: '' }, from('10.0.0.2'))).toEqual({ ok: false, reason: 'invalid' });
    expect(await client.auditLog.count({ where: { action: 'auth.failure' } })).toBeGreaterThanOrEqual(3);
  });
});

describe('no third party can lock an account', () => {
  it('keeps the administrator’s correct password working from another address, however many failures elsewhere', async () => {
    for (let i = 0; i < 40; i += 1) expect((await signIn('quantri@example.vn', `doan-${i}`, '203.0.113.66')).ok).toBe(false);
    expect((await signIn('quantri@example.vn', PASSWORD, '198.51.100.7')).ok).toBe(true);
  });

  it('lets five colleagues behind one office address sign in after a typo each', async () => {
    for (let i = 1; i <= 5; i += 1) expect((await signIn(`dongnghiep${i}@example.vn`, 'go-nham', '192.0.2.10')).ok).toBe(false);
    for (let i = 1; i <= 5; i += 1) expect((await signIn(`dongnghiep${i}@example.vn`, PASSWORD, '192.0.2.10')).ok).toBe(true);
  });

  it('slows one (account, address) pair with growing waits, then lets the right password in once the wait is over', async () => {
    const ip = '203.0.113.5';
    for (let i = 0; i < THROTTLE.freeFailures; i += 1) expect(await signIn('bientap@example.vn', 'sai', ip)).toEqual({ ok: false, reason: 'invalid' });
    // The fourth try comes too soon: even the right password waits (only from this address).
    const held = await signIn('bientap@example.vn', PASSWORD, ip);
    expect(held).toMatchObject({ ok: false, reason: 'limited' });
    expect(held.ok === false && held.reason === 'limited' && held.waitMs).toBeLessThanOrEqual(pairDelayMs(3));
    expect(await client.auditLog.findFirst({ where: { action: 'auth.throttled' }, orderBy: { id: 'desc' } })).toMatchObject({ ip, detail: { scope: 'pair', email: 'bientap@example.vn' } });
    expect([pairDelayMs(3), pairDelayMs(4), pairDelayMs(8), pairDelayMs(30)]).toEqual([1000, 2000, 32_000, THROTTLE.maxDelayMs]);
    await timePasses(pairDelayMs(3) + 10);
    expect((await signIn('bientap@example.vn', PASSWORD, ip)).ok).toBe(true);
    // The success forgets the pair's failures.
    expect(await client.loginAttempt.count({ where: { email: 'bientap@example.vn', ip } })).toBe(0);
  });

  it('stops one address trying many accounts, and only that address', async () => {
    const ip = '203.0.113.99';
    for (let i = 0; i < THROTTLE.addressLimit; i += 1) await signIn(`doan${i}@example.vn`, 'x', ip);
    expect(await signIn('bientap@example.vn', PASSWORD, ip)).toMatchObject({ ok: false, reason: 'limited' });
    expect((await signIn('bientap@example.vn', PASSWORD, '203.0.113.100')).ok).toBe(true);
    // Administrators see it and can clear it.
    const ctx = as(admin);
    expect((await listThrottles(ctx)).find((row) => row.email === null)).toMatchObject({ ip, failures: THROTTLE.addressLimit });
    await clearThrottleAs(ctx, { email: '', ip });
    expect((await signIn('bientap@example.vn', PASSWORD, ip)).ok).toBe(true);
    expect(await client.auditLog.count({ where: { action: 'auth.throttleCleared' } })).toBe(1);
  });

  it('counts wrong current passwords in the own-password form like failed sign-ins', async () => {
    const editor = await client.user.findUniqueOrThrow({ where: { email: 'bientap@example.vn' } });
    const ctx = { actor: { id: editor.id, role: editor.role }, ip: '10.7.7.7' };
    for (let i = 0; i < THROTTLE.freeFailures; i += 1) {
      const error = await changeOwnPassword(ctx, { current: 'sai', next: 'Mật-khẩu-mới-2026', repeat: 'Mật-khẩu-mới-2026' }).catch((e: AppError) => e);
      expect((error as AppError).fieldErrors?.current).toEqual(['Mật khẩu hiện tại không đúng.']);
    }
    const held = await changeOwnPassword(ctx, { current: PASSWORD, next: 'Mật-khẩu-mới-2026', repeat: 'Mật-khẩu-mới-2026' }).catch((e: AppError) => e);
    expect((held as AppError).message).toMatch(/^Đã nhập sai mật khẩu nhiều lần; vui lòng đợi \d+ giây rồi thử lại\.$/);
    expect(await client.loginAttempt.count({ where: { email: 'bientap@example.vn', kind: 'OWN_PASSWORD' } })).toBe(3);
  });
});

describe('demo accounts', () => {
  it('sign in from this machine only', async () => {
    expect(await signIn('demo@example.vn', PASSWORD, '203.0.113.1')).toEqual({ ok: false, reason: 'demo-remote' });
    expect((await signIn('demo@example.vn', PASSWORD, '127.0.0.1')).ok).toBe(true);
    expect((await signIn('demo@example.vn', PASSWORD, '::1')).ok).toBe(true);
  });
});

describe('two-step sign-in', () => {
  it('enrols with a code from the app, then asks for a code at every sign-in, never taking one twice', async () => {
    const ctx = as(approver);
    const { secret, uri } = await startEnrolment(ctx);
    expect(uri).toContain('otpauth://totp/');
    expect(open((await client.user.findUniqueOrThrow({ where: { id: approver.id } })).totpSecret!)).toBe(secret);
    expect((await confirmEnrolment(ctx, { code: '000000' }).catch((e: AppError) => e)) as AppError).toMatchObject({ fieldErrors: { code: [expect.stringContaining('Mã chưa đúng')] } });
    const codes = await confirmEnrolment(ctx, { code: await generate({ secret }) });
    expect(codes).toHaveLength(10);
    expect(codes[0]).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);

    expect(await signIn('duyet@example.vn', PASSWORD, '10.3.0.1')).toEqual({ ok: false, reason: 'code-required' });
    expect(await signIn('duyet@example.vn', PASSWORD, '10.3.0.1', '123456')).toEqual({ ok: false, reason: 'code-invalid' });
    // A fresh code from the next time step (the enrolment used the current one).
    const next = await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });
    expect((await signIn('duyet@example.vn', PASSWORD, '10.3.0.1', next)).ok).toBe(true);
    expect(await signIn('duyet@example.vn', PASSWORD, '10.3.0.2', next)).toEqual({ ok: false, reason: 'code-invalid' });
    // A recovery code works once.
    expect((await signIn('duyet@example.vn', PASSWORD, '10.3.0.3', codes[0].toLowerCase())).ok).toBe(true);
    expect(await signIn('duyet@example.vn', PASSWORD, '10.3.0.4', codes[0])).toEqual({ ok: false, reason: 'code-invalid' });
    expect(await client.auditLog.count({ where: { action: 'auth.recoveryCodeUsed' } })).toBe(1);

    // An administrator resets it (a lost phone): logged, and the approver's sessions end.
    const open_ = await client.userSession.count({ where: { userId: approver.id, endedAt: null } });
    expect(open_).toBeGreaterThan(0);
    await resetTwoFactor(as(admin), approver.id);
    expect(await client.userSession.count({ where: { userId: approver.id, endedAt: null } })).toBe(0);
    expect((await signIn('duyet@example.vn', PASSWORD, '10.3.0.5')).ok).toBe(true);
    expect(await client.auditLog.count({ where: { action: 'user.twoFactorReset', entityId: String(approver.id) } })).toBe(1);
  });

  it('cannot be required by an administrator who does not use it', async () => {
    const error = await saveSecuritySettings(as(admin), { twoFactorForApprovers: true, approverMayCorrectAlone: false }).catch((e: AppError) => e);
    expect((error as AppError).fieldErrors?.twoFactorForApprovers).toEqual(['Hãy bật xác thực hai bước cho chính tài khoản của bạn trước khi bắt buộc người khác.']);
    expect((await client.siteSettings.findUniqueOrThrow({ where: { id: 1 } })).twoFactorForApprovers).toBe(false);
  });

  it('keeps approvers without it to their own security settings while the setting requires it', async () => {
    await client.siteSettings.update({ where: { id: 1 }, data: { twoFactorForApprovers: true } });
    const restricted = { id: approver.id, role: approver.role, restricted: true };
    expect([can(restricted, 'account.self'), can(restricted, 'editor.access'), can(restricted, 'article.publish')]).toEqual([true, false, false]);
    await client.siteSettings.update({ where: { id: 1 }, data: { twoFactorForApprovers: false } });
  });
});

describe('sessions', () => {
  it('ends for good when the account is disabled; enabling it again revives none', async () => {
    const result = await signIn('dongnghiep1@example.vn', PASSWORD, '10.4.0.1');
    const user = await client.user.findUniqueOrThrow({ where: { email: 'dongnghiep1@example.vn' } });
    const sessionId = result.ok ? result.user.sessionId : '';
    expect(await sessionOpen(sessionId, user.id)).toBe(true);
    await updateUser(as(admin), { id: user.id, name: user.name, role: 'EDITOR', disabled: true });
    expect(await sessionOpen(sessionId, user.id)).toBe(false);
    await updateUser(as(admin), { id: user.id, name: user.name, role: 'EDITOR', disabled: false });
    expect(await sessionOpen(sessionId, user.id)).toBe(false);
    expect(await client.userSession.findUniqueOrThrow({ where: { id: sessionId } })).toMatchObject({ endedReason: 'disabled' });
  });

  it('ends after eight hours unused, and is then no longer listed', async () => {
    const result = await signIn('dongnghiep2@example.vn', PASSWORD, '10.4.0.2');
    const user = await client.user.findUniqueOrThrow({ where: { email: 'dongnghiep2@example.vn' } });
    const sessionId = result.ok ? result.user.sessionId : '';
    const listed = async () => (await listSessions({ actor: { id: user.id, role: user.role }, ip: null, sessionId })).map((row) => row.id);
    expect(await listed()).toContain(sessionId);
    await client.userSession.update({ where: { id: sessionId }, data: { lastSeenAt: new Date(Date.now() - 8 * 3600_000 - 60_000) } });
    expect(await sessionOpen(sessionId, user.id)).toBe(false);
    expect(await listed()).not.toContain(sessionId);
  });
});
