import { notFound } from 'next/navigation';
import { AppError } from '@/lib/errors';

/** A record read for an editor page: the page's 404 when it is not there, any other failure as it is. */
export function orNotFound<T>(read: Promise<T>): Promise<T> {
  return read.catch((error: unknown) => {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  });
}
