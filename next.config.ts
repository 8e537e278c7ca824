import path from 'node:path';
import type { NextConfig } from 'next';

// script-src needs 'unsafe-inline' for Next's inline bootstrap scripts on statically
// cached pages (nonces would force every page to render per request); never 'unsafe-eval'.
const policy = (frameAncestors: string) => [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  `frame-ancestors ${frameAncestors}`,
].join('; ');

const securityHeaders = [
  { key: 'Content-Security-Policy', value: policy("'self'") },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  distDir: process.env.NEXT_DIST_DIR || '.next',
  serverExternalPackages: ['pg', 'sharp', 'pdfkit', 'unpdf'],
  // Rendered pages and cached data live in each instance's memory (a bounded LRU,
  // PAGE_CACHE_MB), expired by tag whenever any instance announces a change: a crawler
  // asking for millions of made-up slugs cannot fill the disk with cached 404s, a restart
  // never serves pages cached against another database, and nothing prerendered at build
  // time is ever served.
  cacheHandler: path.resolve('src/server/page-cache.mjs'),
  cacheMaxMemorySize: 0,
  // Article saves carry the whole form as JSON; long reports need more than the 1 MB default.
  experimental: { serverActions: { bodySizeLimit: '4mb' } },
  // List pages by number ("?trang=N") are paths inside, so Next caches each like an article.
  async rewrites() {
    const page = [{ type: 'query' as const, key: 'trang', value: '(?<page>[0-9A-Za-z-]{1,12})' }];
    // Anything else given as a page number is no page: the route answers 404.
    const notAPage = [{ type: 'query' as const, key: 'trang', value: '(?<bad>.*[^0-9A-Za-z-].*|.{13,})' }];
    return {
      beforeFiles: [
        { source: '/chuyen-muc/:slug', has: page, destination: '/chuyen-muc/:slug/trang/:page' },
        { source: '/the/:slug', has: page, destination: '/the/:slug/trang/:page' },
        { source: '/lay-y-kien', has: page, destination: '/lay-y-kien/trang/:page' },
        { source: '/chuyen-muc/:slug', has: notAPage, destination: '/chuyen-muc/:slug/trang/khong-hop-le' },
        { source: '/the/:slug', has: notAPage, destination: '/the/:slug/trang/khong-hop-le' },
        { source: '/lay-y-kien', has: notAPage, destination: '/lay-y-kien/trang/khong-hop-le' },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
  async headers() {
    // The editor area and sign-in may never be framed (clickjacking); later entries win.
    const noFraming = [
      { key: 'Content-Security-Policy', value: policy("'none'") },
      { key: 'X-Frame-Options', value: 'DENY' },
    ];
    // Attached files keep the strict sandbox their route sets: the site-wide policy would
    // replace it, so it does not apply to them.
    return [
      { source: '/((?!tep-dinh-kem/).*)', headers: securityHeaders },
      { source: '/tep-dinh-kem/:path*', headers: securityHeaders.filter((header) => header.key !== 'Content-Security-Policy') },
      { source: '/quan-tri', headers: noFraming },
      { source: '/quan-tri/:path*', headers: noFraming },
      { source: '/dang-nhap', headers: noFraming },
    ];
  },
};

export default nextConfig;
