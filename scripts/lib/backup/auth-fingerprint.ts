// Two-step sign-in keys are sealed with AUTH_SECRET (src/lib/auth/secret-box.ts). An
// archive records a one-way fingerprint of the secret that sealed them, so a restore can
// say when the portal it restores into would not be able to open them.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../processes';

/** The AUTH_SECRET `npm start` would use: the variable, or the one kept in .data/auth-secret. */
export function currentAuthSecret(): string | null {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(ROOT, '.data', 'auth-secret');
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : null;
}

export function authFingerprint(secret: string | null): string | null {
  return secret ? createHash('sha256').update(`portal-backup-fingerprint:${secret}`).digest('hex').slice(0, 16) : null;
}
