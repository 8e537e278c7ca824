import 'server-only';
import { z } from 'zod';

// The only reader of process.env in the application.
// `next build` needs no database (src/lib/db.ts); everything run after it does.
const building = process.env.NEXT_PHASE === 'phase-production-build';
const schema = z.object({
  DATABASE_URL: building ? z.string().default('') : z.string().min(1, 'DATABASE_URL is required'),
  SITE_URL: z.url().default('http://localhost:3000'),
  STORAGE_DIR: z.string().default('.data/storage'),
  /** An S3-compatible bucket for photos and files instead of STORAGE_DIR (several instances need one). */
  S3_BUCKET: z.string().optional(),
  S3_ENDPOINT: z.url().optional(),
  S3_REGION: z.string().default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  S3_FORCE_PATH_STYLE: z.stringbool().default(false),
  S3_PREFIX: z.string().default(''),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  /** Signs the editors' session cookies; `npm start` makes one under .data/ when unset. */
  AUTH_SECRET: z.string().min(32, 'AUTH_SECRET must be at least 32 characters').optional(),
  /** Database connections per process for the editor area and writes, and for the public pages. */
  DB_POOL_NEWSROOM: z.coerce.number().int().min(1).max(100).default(4),
  DB_POOL_READERS: z.coerce.number().int().min(1).max(100).default(8),
});

let parsed: z.infer<typeof schema> | undefined;

export function env() {
  parsed ??= schema.parse(process.env);
  return parsed;
}

/** The public origin without a trailing slash, e.g. https://thiduakhenthuong.example.gov.vn */
export function siteUrl() {
  return env().SITE_URL.replace(/\/+$/, '');
}

/** The session-signing secret; only the editor area needs it, so only it fails without. */
export function authSecret(): string {
  const secret = env().AUTH_SECRET;
  // At build time nothing is signed; the editor area's pages are rendered per request.
  if (!secret && building) return 'build-time-only-never-signs-anything-0000';
  if (!secret) throw new Error('AUTH_SECRET is not set (at least 32 characters).');
  return secret;
}
