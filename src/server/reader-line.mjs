// The readers' line: at most `concurrency` public pages are rendered at once by this
// process; more readers wait, first come first served. Renders share one CPU, so a crowd
// rendered all at once makes every request slow, an editor's save included. In line, the
// crowd waits about as long as before, while the newsroom's requests (the editor area,
// sign-in, server actions) and static files, which never queue, get the CPU between two
// renders. A reader past `maxWaiting` in line is told to come back (503, Retry-After).

// The editor area and sign-in, and files that cost no render: never in line.
const OUTSIDE_LINE = /^\/(?:quan-tri|dang-nhap)(?:\/|$)|^\/(?:api|_next|anh|tep-dinh-kem)\//;

/** Whether a request renders a public page (and so waits in line): not a server action, not the newsroom's. */
export function rendersPublicPage(req, pathname) {
  return !req.headers['next-action'] && !OUTSIDE_LINE.test(pathname);
}

export function createReaderLine({ concurrency = 8, maxWaiting = 5000 } = {}) {
  let running = 0;
  const waiting = [];

  function turn() {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = waiting.shift();
      if (next) next(turn());
      else running -= 1;
    };
  }

  /** A `release` function once it is this request's turn; null when the line is full. */
  function enter() {
    if (running < concurrency) {
      running += 1;
      return Promise.resolve(turn());
    }
    if (waiting.length >= maxWaiting) return Promise.resolve(null);
    return new Promise((resolve) => waiting.push(resolve));
  }

  return { enter, stats: () => ({ running, waiting: waiting.length }) };
}
