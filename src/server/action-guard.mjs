// Server-action requests are checked at the edge, before Next decodes them: a foreign or
// "null" Origin, a body too large, or a body that is not what React's own client sends
// (not JSON, nested absurdly deep, references to parts that are not there) is answered
// 4xx at once, anonymously too, instead of failing inside Next as a 500.
import { IncomingMessage } from 'node:http';

export const ACTION_BODY_LIMIT = 4 * 1024 * 1024;
const MAX_DEPTH = 64;

/** A POST naming a server action (React's client sends the header `Next-Action`). */
export function isActionRequest(req) {
  return req.method === 'POST' && typeof req.headers['next-action'] === 'string';
}

/** An Origin that is not this site's: "null" (sandboxed frames, file:) or another host. */
export function foreignOrigin(req) {
  const origin = req.headers.origin;
  if (origin === undefined) return false;
  if (origin === 'null') return true;
  try {
    return new URL(origin).host !== req.headers.host;
  } catch {
    return true;
  }
}

// The plain values React's reply encoder writes with a "$" tag; every other tag refers to
// another part of the request and is checked against the parts that are there.
const PLAIN_TAG = /^\$(\$|undefined$|NaN$|-?Infinity$|-0$|D|n-?\d+$)/;
const REFERENCE = /^\$([@KQWBhFRrSsYZ]|Tt?)?([0-9a-f]+)(?::|$)/;

/** Why a decoded reply value is not one React's client would send, or null. */
function replyProblem(value, parts, depth = 0) {
  if (depth > MAX_DEPTH) return 'lồng nhau quá sâu';
  if (typeof value === 'string') {
    if (!value.startsWith('$') || PLAIN_TAG.test(value)) return null;
    const reference = REFERENCE.exec(value);
    if (!reference || reference[1] === 'T' || reference[1] === 'Tt') return 'có tham chiếu không hợp lệ';
    const id = Number.parseInt(reference[2], 16);
    // A FormData argument's fields are named "<id>_…" (React's client may put "_" in front).
    const found = reference[1] === 'K' ? parts.some((name) => name.startsWith(`${id}_`) || name.startsWith(`_${id}_`)) : parts.includes(String(id));
    return found ? null : 'thiếu phần được tham chiếu';
  }
  if (Array.isArray(value)) {
    for (const item of value) {
      const problem = replyProblem(item, parts, depth + 1);
      if (problem) return problem;
    }
    return null;
  }
  if (value && typeof value === 'object') return replyProblem(Object.values(value), parts, depth + 1);
  return null;
}

function parseJson(text) {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** Why the action request's body cannot be a real call, or null when it can. */
export async function actionBodyProblem(body, contentType = '') {
  const type = contentType.split(';')[0].trim().toLowerCase();
  if (type === 'multipart/form-data') {
    let form;
    try {
      form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
    } catch {
      return 'dữ liệu biểu mẫu không đọc được';
    }
    const parts = [...form.keys()];
    for (const [name, value] of form.entries()) {
      if (!/^\d+$/.test(name) || typeof value !== 'string') continue;
      const parsed = parseJson(value);
      if (!parsed.ok) return 'dữ liệu không phải JSON';
      const problem = replyProblem(parsed.value, parts);
      if (problem) return problem;
    }
    return null;
  }
  if (type === 'application/x-www-form-urlencoded') return null;
  const text = body.toString('utf8');
  if (text.trim() === '') return 'yêu cầu trống';
  const parsed = parseJson(text);
  if (!parsed.ok) return 'dữ liệu không phải JSON';
  if (!Array.isArray(parsed.value)) return 'dữ liệu không đúng dạng';
  return replyProblem(parsed.value, []);
}

/** Reads the body, stopping past `limit`; null when it is larger. */
export function readBody(req, limit = ACTION_BODY_LIMIT) {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      resolve(null);
      return;
    }
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** The same request with its body already read: what Next is handed after the check. */
export function replay(req, body) {
  const copy = new IncomingMessage(req.socket);
  copy.method = req.method;
  copy.url = req.url;
  copy.headers = { ...req.headers, 'content-length': String(body.length) };
  copy.rawHeaders = req.rawHeaders;
  copy.httpVersion = req.httpVersion;
  copy.httpVersionMajor = req.httpVersionMajor;
  copy.httpVersionMinor = req.httpVersionMinor;
  // Complete: when it is destroyed after being read, the connection is left alone.
  copy.complete = true;
  copy.push(body);
  copy.push(null);
  return copy;
}
