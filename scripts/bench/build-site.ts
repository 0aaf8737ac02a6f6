/**
 * Our site with N synthetic pages: a copy of the project in a temporary folder (never the repo's
 * own content/), the pages written into the copy's content/, checked by the project's validator,
 * then built with the project's own build command (`npm run build`, without npm's own start-up).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { copyProject, PROJECT_ROOT } from '../lib/project-copy.ts';
import type { GeneratedPage } from './synthetic-content.ts';
import { timedRun, type TimedRun } from './timed-run.ts';

export function writePages(contentDirectory: string, pages: GeneratedPage[]): void {
  for (const page of pages) {
    const file = path.join(contentDirectory, page.file);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, page.text);
  }
}

export async function buildSite(directory: string, pages: GeneratedPage[]): Promise<TimedRun & { dist: string }> {
  rmSync(directory, { recursive: true, force: true });
  copyProject(directory);
  writePages(path.join(directory, 'content'), pages);
  // The project's own `npm run build`: astro build and pagefind into a staging folder, then dist/.
  const run = await timedRun('node scripts/build.ts', directory, { PATH: `${path.join(PROJECT_ROOT, 'node_modules/.bin')}:${process.env.PATH}` });
  if (run.code !== 0) throw new Error(`Budowanie kopii w ${directory} nie powiodło się:\n${run.output.slice(-4000)}`);
  return { ...run, dist: path.join(directory, 'dist') };
}
