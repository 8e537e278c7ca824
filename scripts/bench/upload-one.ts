// One photo through the upload pipeline in a fresh process, so that its peak memory is
// the pipeline's own: prints JSON timings and the process's maximum resident set size.
// Run by scripts/bench/upload.ts with the JPEG's path as argument.
import { readFile } from 'node:fs/promises';
import { allVariants, deriveAll } from '../../src/lib/media/derive';
import { ingestImage } from '../../src/lib/media/ingest-image';

const input = await readFile(process.argv[2]);
const started = performance.now();
const image = await ingestImage(input);
const ingested = performance.now();
const made = await deriveAll(image.storageKey, image.width);
const finished = performance.now();
console.log(
  JSON.stringify({
    ms: finished - started,
    ingestMs: ingested - started,
    deriveMs: finished - ingested,
    bytes: input.length,
    variants: made,
    expected: allVariants(image.width).length,
    peakMb: process.resourceUsage().maxRSS / 1024,
  }),
);
