import type { IncomingMessage } from 'node:http';

export function rendersPublicPage(req: IncomingMessage, pathname: string): boolean;
export function createReaderLine(options?: { concurrency?: number; maxWaiting?: number }): {
  enter(): Promise<(() => void) | null>;
  stats(): { running: number; waiting: number };
};
