import type { IncomingMessage, ServerResponse } from 'node:http';

export type MicroCache = {
  keyFor(req: IncomingMessage): string | null;
  serve(key: string, req: IncomingMessage, res: ServerResponse): boolean;
  capture(key: string, req: IncomingMessage, res: ServerResponse): void;
  purge(): void;
  stats(): { entries: number; bytes: number };
};

export function createMicroCache(options?: { ttlMs?: number; maxEntries?: number; maxBytes?: number }): MicroCache;
