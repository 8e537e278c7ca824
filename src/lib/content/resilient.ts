import 'server-only';
import { isDatabaseUnavailable } from '@/lib/errors';

/** `fallback` when the database cannot be reached; any other error still throws. */
export async function whenDatabaseDown<T>(read: Promise<T>, fallback: T): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (isDatabaseUnavailable(error)) return fallback;
    throw error;
  }
}
