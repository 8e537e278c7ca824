import type { Metadata } from 'next';

/**
 * A list with filters or a query is a view of the same page: search engines index the
 * bare list only, and follow the links of every view.
 */
export function listRobots(params: Record<string, string | string[] | undefined>): Metadata['robots'] {
  const filtered = Object.values(params).some((value) => value !== undefined && value !== '');
  return filtered ? { index: false, follow: true } : undefined;
}
