// A one-second cache of whole public responses in front of Next ("micro-caching", as
// nginx does): under load, a page is rendered or read from Next's cache once a second
// instead of once a request. Only anonymous GETs of public pages are kept;
// every announced change purges it at once (src/server/serve.ts), so readers never wait
// longer than the editors' own invalidation.

const SKIP_PREFIXES = ['/_next/', '/api/', '/quan-tri', '/dang-nhap', '/anh/', '/tep-dinh-kem/'];
const CACHEABLE_STATUS = new Set([200, 301, 308, 404, 410]);
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-|__Host-)?(?:next-auth|authjs)\./;
// Public pages Next renders per request (their content depends on the query string, so
// Next marks them private): the same for every anonymous reader, so kept like the rest.
const ANONYMOUS_DYNAMIC = /^\/(?:tim-kiem|tra-cuu-khen-thuong|quyet-dinh-khen-thuong|thong-ke-khen-thuong|van-ban|hoi-dap)(?:\?|$)/;

export function createMicroCache({ ttlMs = 1000, maxEntries = 500, maxBytes = 24 * 1024 * 1024 } = {}) {
  const entries = new Map();
  let bytes = 0;
  let generation = 0;

  function remove(key) {
    const entry = entries.get(key);
    if (!entry) return;
    bytes -= entry.body.length;
    entries.delete(key);
  }

  function keyFor(req) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return null;
    const url = req.url ?? '/';
    if (SKIP_PREFIXES.some((prefix) => url.startsWith(prefix))) return null;
    const h = req.headers;
    // Client-side navigations ask Next for RSC payloads that vary by these headers.
    if (h.rsc || h['next-router-prefetch'] || h['next-router-state-tree'] || h['next-action'] || h.authorization) return null;
    if (SESSION_COOKIE.test(h.cookie ?? '')) return null;
    const accept = String(h['accept-encoding'] ?? '');
    const encoding = /\bgzip\b/.test(accept) ? 'gzip' : /\bdeflate\b/.test(accept) ? 'deflate' : 'identity';
    return `${encoding} ${url}`;
  }

  /** Answers from the cache when it can; true when it did. */
  function serve(key, req, res) {
    const entry = entries.get(key);
    if (!entry) return false;
    if (Date.now() - entry.storedAt > ttlMs) {
      remove(key);
      return false;
    }
    res.writeHead(entry.status, entry.headers);
    res.end(req.method === 'HEAD' ? undefined : entry.body);
    return true;
  }

  /** Keeps what Next answers to this GET, if it may be shared. Call before handing over. */
  function capture(key, req, res) {
    // A response begun before a purge may carry content the purge was meant to remove.
    const startedIn = generation;
    if (req.method !== 'GET') return;
    const chunks = [];
    let status = 200;
    let headers = {};
    const { writeHead, write, end } = res;
    res.writeHead = function capturedWriteHead(code, ...rest) {
      status = code;
      const extra = rest.find((arg) => arg && typeof arg === 'object');
      headers = { ...this.getHeaders(), ...(Array.isArray(extra) ? pairs(extra) : extra) };
      return writeHead.call(this, code, ...rest);
    };
    res.write = function capturedWrite(chunk, ...rest) {
      if (chunk) chunks.push(Buffer.from(chunk));
      return write.call(this, chunk, ...rest);
    };
    res.end = function capturedEnd(chunk, ...rest) {
      if (chunk && typeof chunk !== 'function') chunks.push(Buffer.from(chunk));
      const result = end.call(this, chunk, ...rest);
      if (startedIn === generation) store(key, status, headers, Buffer.concat(chunks), ANONYMOUS_DYNAMIC.test(req.url ?? ''));
      // The response may stay in memory a while after it is sent (see reader-response.ts): not its copies.
      chunks.length = 0;
      return result;
    };
  }

  function store(key, status, headers, body, anonymousDynamic = false) {
    const cacheControl = String(headers['cache-control'] ?? '');
    if (!CACHEABLE_STATUS.has(status) || headers['set-cookie'] || (/private|no-store/.test(cacheControl) && !anonymousDynamic)) return;
    if (body.length > maxBytes / 16) return;
    remove(key);
    const now = Date.now();
    // Entries are in the order they were stored: the expired ones are at the front and go
    // now, so a crawler's pass over distinct pages does not leave them holding memory.
    for (const [oldest, entry] of entries) {
      if (now - entry.storedAt <= ttlMs && entries.size < maxEntries && bytes + body.length <= maxBytes) break;
      remove(oldest);
    }
    entries.set(key, { status, headers, body, storedAt: now });
    bytes += body.length;
  }

  function purge() {
    generation += 1;
    entries.clear();
    bytes = 0;
  }

  const stats = () => ({ entries: entries.size, bytes });

  return { keyFor, serve, capture, purge, stats };
}

function pairs(list) {
  const out = {};
  for (let i = 0; i + 1 < list.length; i += 2) out[String(list[i]).toLowerCase()] = list[i + 1];
  return out;
}
