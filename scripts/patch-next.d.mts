export function measureDataCacheOnly(source: string): { source: string; changes: number };
export function measuresEveryEntry(source: string): boolean;
export function nextCacheFiles(root: string): string[];
export function patchNext(root: string): { patched: number; already: number };
