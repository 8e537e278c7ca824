/** "Chrome trên Windows" from a browser's User-Agent, enough to tell one's sessions apart. */
export function describeAgent(userAgent: string): string {
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /OPR\/|Opera/.test(userAgent)
      ? 'Opera'
      : /CocCoc/i.test(userAgent)
        ? 'Cốc Cốc'
        : /Firefox\//.test(userAgent)
          ? 'Firefox'
          : /Chrome\/|Chromium\//.test(userAgent)
            ? 'Chrome'
            : /Safari\//.test(userAgent)
              ? 'Safari'
              : 'Trình duyệt khác';
  const system = /Android/.test(userAgent)
    ? 'Android'
    : /iPhone|iPad/.test(userAgent)
      ? 'iOS'
      : /Windows/.test(userAgent)
        ? 'Windows'
        : /Mac OS X|Macintosh/.test(userAgent)
          ? 'macOS'
          : /Linux/.test(userAgent)
            ? 'Linux'
            : 'hệ điều hành khác';
  return `${browser} trên ${system}`;
}
