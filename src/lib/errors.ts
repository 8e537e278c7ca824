// Typed errors: the message is Vietnamese and safe to show; internals are logged only.
export type AppErrorCode = 'bad_request' | 'unauthorized' | 'forbidden' | 'not_found' | 'conflict' | 'too_large' | 'too_many' | 'unavailable';

const STATUS: Record<AppErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  too_many: 429,
  unavailable: 503,
};

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly status: number;
  readonly fieldErrors?: Record<string, string[]>;

  constructor(code: AppErrorCode, message: string, options?: { cause?: unknown; fieldErrors?: Record<string, string[]> }) {
    super(message, { cause: options?.cause });
    this.code = code;
    this.status = STATUS[code];
    this.fieldErrors = options?.fieldErrors;
  }
}

/** Whether the error, or anything in its chain of causes, has one of these codes or messages. */
function inChain(error: unknown, codes: string[], messages: RegExp): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const current = queue.shift();
    if (!current || typeof current !== 'object' || seen.has(current)) continue;
    seen.add(current);
    const { code, message, kind, cause, meta } = current as { code?: unknown; message?: unknown; kind?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
    if ((typeof code === 'string' && codes.includes(code)) || (typeof kind === 'string' && codes.includes(kind))) return true;
    if (typeof message === 'string' && messages.test(message)) return true;
    queue.push(cause, meta?.driverAdapterError);
  }
  return false;
}

/** True for errors that mean "the database cannot be reached", not "the query is wrong". */
export function isDatabaseUnavailable(error: unknown): boolean {
  return inChain(
    error,
    // Sockets; Prisma's "cannot reach", "timed out", "closed"; PostgreSQL's connection class 08 and shutdown (57P0x).
    ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EPIPE', 'P1001', 'P1002', 'P1017', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006', 'DatabaseNotReachable', 'ConnectionClosed'],
    /ECONNREFUSED|Connection terminated|connection error and is not queryable|terminating connection|database system is (shutting down|starting up)|connect ETIMEDOUT|timeout exceeded when trying to connect|Can't reach database server|Server has closed the connection/i,
  );
}

/** True for "every connection is busy": a pool wait or a transaction that could not start in time. */
export function isDatabaseBusy(error: unknown): boolean {
  return inChain(error, ['P2024', 'P2028'], /Timed out fetching a new connection|Unable to start a transaction in the given time/i);
}
