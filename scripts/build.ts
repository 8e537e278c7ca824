// `npm run build`: the production build (Next's, and the server beside it) into
// NEXT_DIST_DIR (`.next`). Needs no database: content comes at run time.
import { buildPortal } from './lib/build';

buildPortal(process.env.NEXT_DIST_DIR || '.next', { ...process.env, NODE_ENV: 'production' }).catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
