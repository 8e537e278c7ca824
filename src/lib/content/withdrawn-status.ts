import type { ArticleStatus } from '@/generated/prisma/client';

/**
 * An article taken down: its address answers 410 Gone with a notice. The server's edge
 * reads the same status with plain SQL (src/server/withdrawn.ts), to keep a whole query
 * engine out of it; this module imports Prisma's types only, so the edge loads no client.
 */
export const WITHDRAWN_STATUS = 'WITHDRAWN' satisfies ArticleStatus;
