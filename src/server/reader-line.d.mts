import type { IncomingMessage } from 'node:http';

export type ReaderLine = {
  enter(): Promise<(() => void) | null>;
  stats(): { running: number; waiting: number };
};
export function rendersPublicPage(req: IncomingMessage, pathname: string): boolean;
export function createReaderLine(options?: { concurrency?: number; maxWaiting?: number }): ReaderLine;
