// The portal's HTTP edge: what happens to a request before and after Next renders it.
// In order: the client's address is set (client-address.ts); a server-action call is
// checked (action-guard.mjs); an unreadable address is answered 400; a public page is
// answered from the one-second micro-cache (micro-cache.mjs) or waits its turn in the
// readers' line (reader-line.mjs); then Next renders it. On the way out a withdrawn
// article's page is sent as 410 Gone, a failure while the database is unreachable as
// 503 with Retry-After instead of 500, and a reader's page without the framework's
// client scripts, gzipped here (reader-response.ts); a page view is counted once answered
// (view-counter.ts). Everything here is per request; what is withdrawn
// and whether the database is up are told to it (src/server/serve.ts).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { actionBodyProblem, foreignOrigin, isActionRequest, readBody, replay } from './action-guard.mjs';
import { CLIENT_ADDRESS_HEADER } from './client-address';
import type { MicroCache } from './micro-cache.mjs';
import { rendersPublicPage, type ReaderLine } from './reader-line.mjs';
import { finishAsReaderPage } from './reader-response';

export type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export type EdgeOptions = {
  /** Next's request handler. */
  handle: Handler;
  clientAddress: (req: IncomingMessage) => string;
  isWithdrawn: (slug: string) => boolean;
  databaseUp: () => boolean;
  microCache?: MicroCache | null;
  readerLine?: ReaderLine | null;
  /** Requests wait for it (the server's start-up). */
  ready?: Promise<void>;
  /** Readers' pages sent without the framework's scripts, compressed here (reader-response.ts). */
  plainReaderPages?: boolean;
  /** Told of every request, to count page views once answered (view-counter.ts). */
  observeView?: (req: IncomingMessage, res: ServerResponse, pathname: string) => void;
  logError?: (error: unknown) => void;
};

const ARTICLE_PATH = /^\/bai-viet\/([a-z0-9-]{1,120})\/?$/;

export const BAD_ADDRESS_PAGE =
  '<!doctype html><html lang="vi"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">' +
  '<title>Địa chỉ không hợp lệ</title><body style="font-family:Arial,sans-serif;max-width:560px;margin:64px auto;padding:0 16px">' +
  '<h1>Địa chỉ không hợp lệ</h1><p>Đường dẫn có ký tự không đọc được. Vui lòng kiểm tra lại địa chỉ.</p><p><a href="/">Về trang chủ</a></p></body></html>';

/** Malformed percent-encoding (e.g. "%E0%A4%A") would make Next answer 500. */
export function decodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

function refuse(res: ServerResponse, status: number, text: string) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

/** A server-action call checked before Next sees it; the request to hand on, or null when answered. */
async function checkedAction(req: IncomingMessage, res: ServerResponse): Promise<IncomingMessage | null> {
  if (foreignOrigin(req)) {
    refuse(res, 403, 'Yêu cầu không hợp lệ: gửi từ trang khác.');
    return null;
  }
  const body = await readBody(req);
  if (body === null) {
    refuse(res, 413, 'Dữ liệu gửi lên quá lớn.');
    return null;
  }
  const problem = await actionBodyProblem(body, req.headers['content-type']);
  if (problem) {
    refuse(res, 400, `Yêu cầu không hợp lệ: ${problem}.`);
    return null;
  }
  return replay(req, body);
}

export function createEdge(options: EdgeOptions): Handler {
  const { handle, clientAddress, isWithdrawn, databaseUp, microCache = null, readerLine = null, ready, plainReaderPages = false, observeView, logError = console.error } = options;

  return async function edge(incoming, res) {
    incoming.headers[CLIENT_ADDRESS_HEADER] = clientAddress(incoming);
    const req = isActionRequest(incoming) ? await checkedAction(incoming, res) : incoming;
    if (!req) return;
    const pathname = (req.url ?? '/').split('?')[0];
    if (!decodablePath(pathname)) {
      res.writeHead(400, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(BAD_ADDRESS_PAGE);
      return;
    }
    if (ready) await ready;
    observeView?.(req, res, pathname);
    const cacheKey = microCache?.keyFor(req) ?? null;
    if (cacheKey && microCache!.serve(cacheKey, req, res)) return;
    if (readerLine && rendersPublicPage(req, pathname)) {
      const release = await readerLine.enter();
      if (!release) {
        res.setHeader('Retry-After', '5');
        refuse(res, 503, 'Hệ thống đang bận. Vui lòng thử lại sau ít phút.');
        return;
      }
      res.once('close', release);
      // A reader who left while waiting frees the turn at once.
      if (res.destroyed || req.socket.destroyed) return release();
      // Another reader may have had the page rendered while this one waited.
      if (cacheKey && microCache!.serve(cacheKey, req, res)) return;
    }
    const readerPage = plainReaderPages && (req.method === 'GET' || req.method === 'HEAD') && !req.headers.rsc && rendersPublicPage(req, pathname);
    const acceptEncoding = String(req.headers['accept-encoding'] ?? '');
    // Asked of Next uncompressed: the edge rewrites and compresses it (reader-response.ts).
    if (readerPage) delete req.headers['accept-encoding'];
    const article = ARTICLE_PATH.exec(pathname);
    const gone = article !== null && isWithdrawn(article[1]);

    // Captured beneath the status fix below, so the cache keeps the status actually sent.
    if (cacheKey) microCache!.capture(cacheKey, req, res);
    const writeHead = res.writeHead;
    res.writeHead = function statusFixedWriteHead(this: ServerResponse, status: number, ...rest: unknown[]) {
      let code = status;
      if (gone && code === 200) code = 410;
      if (code >= 500 && code !== 503 && !databaseUp()) {
        code = 503;
        this.setHeader('Retry-After', '30');
        this.setHeader('Cache-Control', 'no-store');
      }
      return (writeHead as (...args: unknown[]) => ServerResponse).call(this, code, ...rest);
    } as ServerResponse['writeHead'];
    if (readerPage) finishAsReaderPage(res, acceptEncoding);
    try {
      await handle(req, res);
    } catch (error) {
      logError(error);
      if (!res.headersSent) {
        // Sent as 500; the status fix above makes it 503 while the database is down.
        res.statusCode = 500;
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      }
      res.end('Hệ thống tạm thời gián đoạn. Vui lòng thử lại sau.');
    }
  };
}
