/**
 * `npm run test:dist`: checks a built site (`dist/`, or any folder about to be published) for what
 * a reader or a search engine would trip over: page language, one <h1>, title and description,
 * dead internal links and anchors, duplicate ids. Prints one line per rule and, last,
 * `check-dist: P passed, F failed`. In `npm test` the same rules run as tests of the `site` suite
 * (tests/site/dist-rules.test.ts).
 *
 * Usage: node scripts/check-dist.ts [folder]   (default: $KB_DIST_DIR or dist)
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { checkSite } from './check-dist/check-site.ts';
import { formatReport, summaryLine } from './check-dist/report.ts';

/** Prints the report and returns the exit code; the summary line is always the last line on stdout. */
function main(root: string): number {
  if (!existsSync(path.join(root, 'index.html'))) {
    console.error(`Brak zbudowanej strony: nie ma pliku ${path.join(root, 'index.html')}. Uruchom najpierw: npm run build`);
    console.log(summaryLine(0, 1));
    return 1;
  }
  try {
    const results = checkSite(root, { siteUrl: process.env.KB_SITE_URL || undefined });
    for (const line of formatReport(results)) console.log(line);
    return results.every((result) => result.problems.length === 0) ? 0 : 1;
  } catch (error) {
    // Without a summary line a crash here would not be counted as a failure by `npm test`.
    console.error(`Kontrola ${root} przerwana błędem:`, error);
    console.log(summaryLine(0, 1));
    return 1;
  }
}

// exitCode rather than exit(): exit() may cut off output still queued for a pipe.
// An empty variable counts as unset, as a shell `KB_DIST_DIR= npm test` means.
process.exitCode = main(process.argv[2] || process.env.KB_DIST_DIR || 'dist');
