import 'server-only';
import { createHmac } from 'node:crypto';
import { authSecret } from '@/lib/env';

/**
 * A keyed hash of something about a reader (their address), for one purpose: enough to
 * count or slow them down, not to find them, and different for every purpose so two
 * tables cannot be joined on it.
 */
export function privacyHash(purpose: string, value: string | null | undefined): string {
  return createHmac('sha256', authSecret()).update(`${purpose}:${value ?? 'unknown'}`).digest('hex').slice(0, 32);
}
