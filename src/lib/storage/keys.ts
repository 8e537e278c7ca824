const SAFE_KEY = /^[a-z0-9][a-z0-9/_.-]{0,200}$/;

/** Storage keys are made by the server; anything else (a path climbing out, a stray character) is refused. */
export function assertSafeKey(key: string) {
  if (!SAFE_KEY.test(key) || key.includes('..') || key.includes('//')) {
    throw new Error(`Unsafe storage key: ${key}`);
  }
}
