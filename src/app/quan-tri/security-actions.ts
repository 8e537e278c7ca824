'use server';

import QRCode from 'qrcode';
import { z } from 'zod';
import { clearThrottleAs, endAllSessionsOf, saveSecuritySettings } from '@/lib/admin/security';
import { endSessionAs } from '@/lib/auth/sessions';
import { confirmEnrolment, disableTwoFactor, resetTwoFactor, startEnrolment } from '@/lib/auth/two-factor';
import { formString } from '@/lib/editor/form-values';
import { runAction } from '@/lib/editor/run-action';
import { dbId, parseFields } from '@/lib/validation';
import type { FormResult } from './admin-actions';

// Server actions of sign-in security: one's own two-step sign-in and sessions, and for
// administrators throttles, everyone's sessions and the security settings. The data layer
// authenticates and authorizes each call.

const str = formString;

/** A new authenticator secret, as a QR code (an SVG data URL) and as text to type. */
export async function startTwoFactorAction() {
  return runAction(async (ctx) => {
    const { secret, uri } = await startEnrolment(ctx);
    const svg = await QRCode.toString(uri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
    return { secret: secret.replace(/(.{4})/g, '$1 ').trim(), qr: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
  });
}

export async function confirmTwoFactorAction(code: string) {
  return runAction((ctx) => confirmEnrolment(ctx, { code: z.string().max(20).catch('').parse(code) }));
}

export async function disableTwoFactorAction(_: FormResult, form: FormData): Promise<FormResult> {
  return runAction(async (ctx) => {
    await disableTwoFactor(ctx, { password: str(form, 'password'), code: str(form, 'code') });
    return 'Đã tắt xác thực hai bước.';
  });
}

export async function endSessionAction(_: FormResult, form: FormData): Promise<FormResult> {
  return runAction(async (ctx) => {
    await endSessionAs(ctx, parseFields(z.object({ id: z.string().regex(/^[\w-]{16,64}$/, 'Phiên không hợp lệ.') }), { id: str(form, 'id') }).id);
    return 'Đã kết thúc phiên đăng nhập.';
  });
}

const idOf = (form: FormData) => (/^\d{1,10}$/.test(str(form, 'id')) ? Number(str(form, 'id')) : Number.NaN);

export async function resetTwoFactorAction(_: FormResult, form: FormData): Promise<FormResult> {
  return runAction(async (ctx) => {
    await resetTwoFactor(ctx, parseFields(z.object({ id: dbId }), { id: idOf(form) }).id);
    return 'Đã đặt lại xác thực hai bước; người này sẽ đăng ký lại ở lần đăng nhập tới.';
  });
}

export async function endUserSessionsAction(_: FormResult, form: FormData): Promise<FormResult> {
  return runAction(async (ctx) => `Đã kết thúc ${await endAllSessionsOf(ctx, { id: idOf(form) })} phiên đăng nhập.`);
}

export async function clearThrottleAction(_: FormResult, form: FormData): Promise<FormResult> {
  return runAction(async (ctx) => {
    await clearThrottleAs(ctx, { email: str(form, 'email'), ip: str(form, 'ip') });
    return 'Đã gỡ.';
  });
}

export async function saveSecuritySettingsAction(_: FormResult, form: FormData): Promise<FormResult> {
  return runAction(async (ctx) => {
    await saveSecuritySettings(ctx, { twoFactorForApprovers: str(form, 'twoFactorForApprovers') === 'on', approverMayCorrectAlone: str(form, 'approverMayCorrectAlone') === 'on' });
    return 'Đã lưu.';
  });
}
