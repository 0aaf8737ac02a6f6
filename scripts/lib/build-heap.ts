/**
 * How much JavaScript heap `astro build` may use. Node's default on a machine with plenty of
 * memory is several gigabytes, and V8 sizes its heap growth from that maximum: with 5 000
 * generated pages the build then peaked at 1.7 GB of memory, though what it keeps alive never
 * reached 512 MB (the build still passes with that limit, only slower). A limit that grows with
 * the content keeps at least twice that room and brings the peak down to about 1.3 GB at the same
 * speed (`npm run bench`, BENCHMARKS.md). KB_BUILD_HEAP_MB overrides it.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Never less than this, whatever the size of the site, in MB. */
export const MIN_HEAP_MB = 1024;
/** Room per page file, in MB: 5 000 pages get 1 024 MB, twice the 512 MB that build was shown to pass with. */
export const HEAP_MB_PER_PAGE = 0.2;

/** Markdown and MDX files under `content/`: one page each, the measure of what the build holds. */
export function countPageFiles(directory: string): number {
  let count = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    if (entry.isDirectory()) count += countPageFiles(path.join(directory, entry.name));
    else if (/\.mdx?$/.test(entry.name)) count += 1;
  }
  return count;
}

/** The heap limit for a build of `pageFiles` pages, or the override when it is a positive number. */
export function buildHeapLimitMb(pageFiles: number, override?: string): number {
  const requested = Number(override);
  if (override !== undefined && override !== '' && Number.isInteger(requested) && requested > 0) return requested;
  return Math.max(MIN_HEAP_MB, Math.ceil(pageFiles * HEAP_MB_PER_PAGE));
}
