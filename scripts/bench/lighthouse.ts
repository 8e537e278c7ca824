// Lighthouse (mobile: a mid-range phone on a slow 4G link, simulated) on a few pages,
// with Debian's Chromium. Performance score, TBT, LCP, CLS and the bytes of the first view.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export type LighthouseFigures = { path: string; score: number; tbtMs: number; lcpMs: number; cls: number; kib: number };

export async function lighthouseMobile(base: string, paths: string[]): Promise<LighthouseFigures[]> {
  const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  try {
    const figures: LighthouseFigures[] = [];
    for (const path of paths) {
      const result = await lighthouse(`${base}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
      const lhr = result!.lhr;
      const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
      figures.push({
        path,
        score: Math.round((lhr.categories.performance.score ?? 0) * 100),
        tbtMs: audit('total-blocking-time'),
        lcpMs: audit('largest-contentful-paint'),
        cls: audit('cumulative-layout-shift'),
        kib: audit('total-byte-weight') / 1024,
      });
    }
    return figures;
  } finally {
    chrome.kill();
  }
}
