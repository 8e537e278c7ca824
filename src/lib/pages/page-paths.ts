// Where the agency's pages live: under /gioi-thieu, at /lien-he, and the English section
// under /en. Any page an administrator adds goes under one of them.

export const PAGE_ROOTS = ['gioi-thieu', 'lien-he', 'en'] as const;

/** "gioi-thieu", "gioi-thieu/lanh-dao", "lien-he", "en", "en/contact": at most three levels of lower-case words. */
export function isPagePath(path: string): boolean {
  if (path.length > 120 || !/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*){0,2}$/.test(path)) return false;
  const [root, ...rest] = path.split('/');
  if (root === 'lien-he') return rest.length === 0;
  return root === 'gioi-thieu' || root === 'en';
}

/** The path of a catch-all route's segments under its root: ("gioi-thieu", ["lanh-dao"]) → "gioi-thieu/lanh-dao". */
export const pagePathOf = (root: string, segments: string[] | undefined) => [root, ...(segments ?? [])].join('/');

export const localeOfPath = (path: string): 'VI' | 'EN' => (path === 'en' || path.startsWith('en/') ? 'EN' : 'VI');
