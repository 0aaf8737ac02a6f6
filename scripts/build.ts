/**
 * `npm run build`: `astro build` and the search index (pagefind, in parts on a large site:
 * scripts/lib/search-index.ts), into a staging folder that becomes `dist/` only when every step
 * passed. Astro empties its output folder first and writes
 * pages as it renders them, so a build that fails halfway (a page that throws, the published
 * addresses check after the last page) would otherwise leave a partial site in `dist/` that could
 * be served or deployed. A failed build leaves `dist/` as it was before and exits non-zero.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { buildMemoryEnv, countPageFiles } from './lib/build-memory.ts';
import { buildSearchIndex } from './lib/search-index.ts';
import { shardPageLimit } from './lib/search-shards.ts';

const OUT_DIR = 'dist';
const STAGING_DIR = path.join('.tmp', 'dist-staging');
/** One part's pages while pagefind indexes it; outside the staging folder, so never published. */
const SEARCH_SCRATCH_DIR = path.join('.tmp', 'search-shard');
const BIN = path.join('node_modules', '.bin');

function run(program: string, args: string[], env: NodeJS.ProcessEnv = process.env): boolean {
  const result = spawnSync(path.join(BIN, program), args, { stdio: 'inherit', env });
  return result.status === 0;
}

/** The search index of the staged site; false (with the reason printed) when it could not be built. */
function indexSearch(limit: number): boolean {
  try {
    buildSearchIndex(STAGING_DIR, { limit, pagefind: path.join(BIN, 'pagefind'), scratch: SEARCH_SCRATCH_DIR });
    return true;
  } catch (error) {
    console.error(`\n${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}

/** Read before building, so a mistyped setting stops the build before minutes of `astro build`. */
function searchShardPages(): number {
  try {
    return shardPageLimit(process.env.KB_SEARCH_SHARD_PAGES);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return process.exit(2);
  }
}

const shardPages = searchShardPages();
const astroEnv = buildMemoryEnv(process.env, countPageFiles('content'));

rmSync(STAGING_DIR, { recursive: true, force: true });
mkdirSync(path.dirname(STAGING_DIR), { recursive: true });

const built = run('astro', ['build', '--outDir', STAGING_DIR], astroEnv) && indexSearch(shardPages);
if (!built) {
  rmSync(STAGING_DIR, { recursive: true, force: true });
  const previous = existsSync(OUT_DIR) ? `${OUT_DIR}/ zostaje bez zmian (poprzednie udane budowanie)` : `${OUT_DIR}/ nie powstał`;
  console.error(`\nBudowanie nie powiodło się, więc nic nie zostało opublikowane: ${previous}.`);
  process.exit(1);
}
rmSync(OUT_DIR, { recursive: true, force: true });
renameSync(STAGING_DIR, OUT_DIR);
console.log(`\nGotowe: strona zbudowana w ${OUT_DIR}/.`);
