import 'server-only';
import { z } from 'zod';

// The only reader of process.env in the application.
const schema = z.object({
  DATABASE_URL: z.string().min(1, 'DATABASE_URL is required'),
  SITE_URL: z.url().default('http://localhost:3000'),
  STORAGE_DIR: z.string().default('.data/storage'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
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
