// Who is asking: the address sign-in limits and the audit log see. The server sets it,
// in the header `x-portal-client-ip`, on every request, replacing whatever a client sent.
// It is the connection's address, unless the connection comes from a trusted reverse
// proxy (TRUSTED_PROXIES): then it is the right-most X-Forwarded-For entry that is not a
// trusted proxy itself. Entries further left were written by the client and prove nothing.
import type { IncomingMessage } from 'node:http';

export const CLIENT_ADDRESS_HEADER = 'x-portal-client-ip';

const LOOPBACK = ['127.0.0.1', '::1'];

/** "::ffff:10.0.0.1" and "10.0.0.1" are one address. */
function normalize(address: string): string {
  const trimmed = address.trim().toLowerCase();
  return trimmed.startsWith('::ffff:') && trimmed.includes('.') ? trimmed.slice(7) : trimmed;
}

/**
 * The trusted proxies from the environment: TRUSTED_PROXIES="10.0.0.5, 10.0.0.6", or
 * "loopback" for a proxy on the same machine (TRUST_PROXY=1 means the same).
 */
export function trustedProxiesFromEnv(env: Record<string, string | undefined> = process.env): string[] {
  const listed = (env.TRUSTED_PROXIES ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .flatMap((entry) => (entry === 'loopback' ? LOOPBACK : [entry]));
  if (env.TRUST_PROXY === '1') listed.push(...LOOPBACK);
  return [...new Set(listed.map(normalize))];
}

export function clientAddressOf(req: IncomingMessage, trustedProxies: readonly string[]): string {
  const socket = normalize(req.socket.remoteAddress ?? '');
  const trusted = new Set(trustedProxies);
  if (!socket) return 'unknown';
  if (!trusted.has(socket)) return socket;
  const header = req.headers['x-forwarded-for'];
  const chain = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map(normalize)
    .filter(Boolean);
  for (let i = chain.length - 1; i >= 0; i -= 1) {
    if (!trusted.has(chain[i])) return chain[i].slice(0, 64);
  }
  return socket;
}
