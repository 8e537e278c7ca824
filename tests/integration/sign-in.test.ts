import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FAILURES, signInWithPassword } from '@/lib/auth/credentials';
import { hashPassword } from '@/lib/auth/password';
import { resetDatabase, testClient } from '../support/database';

const client = testClient();

beforeAll(async () => {
  await resetDatabase(client);
  const passwordHash = await hashPassword('Mật-khẩu-đúng-2026');
  await client.user.create({ data: { email: 'bientap@example.vn', name: 'Biên tập', role: 'EDITOR', passwordHash } });
  await client.user.create({ data: { email: 'nghi@example.vn', name: 'Đã nghỉ', role: 'EDITOR', passwordHash, disabled: true } });
});

afterAll(() => client.$disconnect());

describe('signing in with a password', () => {
  it('accepts the right password, in any Unicode form and email case', async () => {
    const result = await signInWithPassword({ email: ' BienTap@Example.VN ', password: 'Mật-khẩu-đúng-2026'.normalize('NFD') }, '10.0.0.1');
    expect(result).toMatchObject({ ok: true, user: { email: 'bientap@example.vn', role: 'EDITOR' } });
    expect((await client.user.findFirstOrThrow()).passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('answers an unknown email exactly like a wrong password, and refuses disabled accounts', async () => {
    expect(await signInWithPassword({ email: 'khong-co@example.vn', password: 'x' }, '10.0.0.2')).toEqual({ ok: false, reason: 'invalid' });
    expect(await signInWithPassword({ email: 'bientap@example.vn', password: 'sai' }, '10.0.0.2')).toEqual({ ok: false, reason: 'invalid' });
    expect(await signInWithPassword({ email: 'nghi@example.vn', password: 'Mật-khẩu-đúng-2026' }, '10.0.0.2')).toEqual({ ok: false, reason: 'invalid' });
    expect(await signInWithPassword({ email: 'not an email', password: '' }, '10.0.0.2')).toEqual({ ok: false, reason: 'invalid' });
  });

  it('locks an account after five failures in 15 minutes, even with the right password', async () => {
    await client.loginAttempt.deleteMany();
    for (let i = 0; i < MAX_FAILURES; i += 1) {
      expect((await signInWithPassword({ email: 'bientap@example.vn', password: 'sai' }, `10.1.0.${i}`)).ok).toBe(false);
    }
    expect(await signInWithPassword({ email: 'bientap@example.vn', password: 'Mật-khẩu-đúng-2026' }, '10.9.9.9')).toEqual({ ok: false, reason: 'limited' });
  });

  it('locks an address after five failures, whichever accounts it tried', async () => {
    await client.loginAttempt.deleteMany();
    for (let i = 0; i < MAX_FAILURES; i += 1) await signInWithPassword({ email: `doan${i}@example.vn`, password: 'x' }, '10.2.0.1');
    expect(await signInWithPassword({ email: 'bientap@example.vn', password: 'Mật-khẩu-đúng-2026' }, '10.2.0.1')).toEqual({ ok: false, reason: 'limited' });
    expect((await signInWithPassword({ email: 'bientap@example.vn', password: 'Mật-khẩu-đúng-2026' }, '10.2.0.2')).ok).toBe(true);
  });
});
