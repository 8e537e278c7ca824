import { timingSafeEqual } from 'node:crypto';

/** True when the request carries this process's internal secret (set by scripts/serve.mjs). */
export function fromOwnServer(request: Request): boolean {
  const secret = process.env.PORTAL_INTERNAL_SECRET ?? '';
  const given = request.headers.get('x-portal-internal') ?? '';
  return secret !== '' && given.length === secret.length && timingSafeEqual(Buffer.from(given), Buffer.from(secret));
}
