/**
 * A request sent from another site's page (or a sandboxed one, Origin "null", or with an
 * Origin that is not a URL at all): route handlers that change something refuse it. No
 * Origin header (an old browser, a plain form post in some) is not foreign.
 */
export function isForeignOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return false;
  if (origin === 'null') return true;
  try {
    return new URL(origin).host !== request.headers.get('host');
  } catch {
    return true;
  }
}
