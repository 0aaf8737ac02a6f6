/**
 * The memory settings `npm run build` gives `astro build` (scripts/build.ts). Measured with
 * `npm run bench` on generated sites (BENCHMARKS.md; docs/ARCHITECTURE.md, "Performance").
 *
 * The JavaScript heap. Node sizes its heap from the machine's memory (several gigabytes here) and
 * then collects garbage lazily: at 20 000 pages the build kept 2.2 GB of heap, while a limit of
 * 1 000 MB was enough (900 MB was not). The limit grows with the content: what the build keeps
 * alive is the content store (once: the renderer reads the copy the sync holds) and about
 * as much again per page.
 *
 * The young generation. V8 sizes it from the heap limit too: with a limit near 1 GB its new space
 * grows to 128 MB (two 64 MB semi-spaces) plus large young objects. The peak of a large build is
 * the end of the content sync; at 20 000 pages `astro sync` peaked at 1 475–1 505 MB by default
 * (three runs) and at 1 290–1 365 MB with semi-spaces of 2, 4 or 8 MB (five runs), in no more time.
 *
 * The native allocator. The bundler, the Markdown parser and the JavaScript parser are Rust
 * libraries (rolldown, satteri, oxc) that allocate through mimalloc, which by default keeps freed
 * memory committed for later and commits its arenas up front: about 250 MB of a 1 000-page build's
 * peak was memory they had already freed. These settings return freed memory to the system at once.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Never less than this, whatever the size of the site, in MB. */
export const MIN_HEAP_MB = 768;
/** The heap a build needs before any content, in MB. */
export const BASE_HEAP_MB = 256;
/** Heap per page file, in MB: 20 000 pages get about 1 060 MB; that build failed at 900 and passed at 1 000. */
export const HEAP_MB_PER_PAGE = 0.04;

/** The most each of V8's two young-generation semi-spaces may hold, in MB. */
export const SEMI_SPACE_MB = 8;

/** mimalloc's settings (its environment variables) for the Rust libraries the build runs. */
export const NATIVE_ALLOCATOR_ENV: Readonly<Record<string, string>> = {
  // Return freed memory to the system at once instead of after a delay, when it may be reused.
  MIMALLOC_PURGE_DELAY: '0',
  // Commit an arena's memory as it is used, not when the arena is reserved.
  MIMALLOC_ARENA_EAGER_COMMIT: '0',
};

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
  return Math.max(MIN_HEAP_MB, Math.ceil(BASE_HEAP_MB + pageFiles * HEAP_MB_PER_PAGE));
}

/**
 * The environment of `astro build`: the caller's, with the heap limit added to NODE_OPTIONS
 * (KB_BUILD_HEAP_MB overrides it), the semi-space size unless the caller's NODE_OPTIONS sets one,
 * and mimalloc's settings where the caller set none of its own.
 */
export function buildMemoryEnv(env: NodeJS.ProcessEnv, pageFiles: number): NodeJS.ProcessEnv {
  const heapMb = buildHeapLimitMb(pageFiles, env.KB_BUILD_HEAP_MB);
  const options = env.NODE_OPTIONS ?? '';
  const semiSpace = /--max-semi-space-size\b/.test(options) ? '' : ` --max-semi-space-size=${SEMI_SPACE_MB}`;
  return {
    ...NATIVE_ALLOCATOR_ENV,
    ...env,
    NODE_OPTIONS: `${options} --max-old-space-size=${heapMb}${semiSpace}`.trim(),
  };
}
