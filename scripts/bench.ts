/**
 * `npm run bench`: the site at scale, next to a plain Astro Starlight site with the same pages.
 *
 * For each size (default 100, 1000, 5000 synthetic pages) both sites are built in temporary
 * folders from the same generated pages: build time, peak memory, pages per second, dist/ and
 * search index size, and what each page type loads. On the 1000-page builds (or the largest
 * asked for) Chromium measures the time to the first search result and to a hydrated workflow
 * explorer. The report goes to stdout and to BENCHMARKS.md.
 *
 *   npm run bench                          all three sizes (the 5000-page builds take minutes)
 *   npm run bench -- --sizes 100,1000      fewer sizes
 *   npm run bench -- --runs 3 --keep       browser runs per measurement; keep the temporary builds
 *   npm run bench -- --no-write            print only, leave BENCHMARKS.md alone
 *   npm run bench -- --ours-only 10000,20000
 *                                          also these sizes, our site alone (the peer would take hours)
 *   npm run bench -- --sizes none --ours-only 1000,20000
 *                                          only our site, at these sizes
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromiumOnThisMachine } from './lib/chromium.ts';
import { PROJECT_ROOT } from './lib/project-copy.ts';
import { buildSite } from './bench/build-site.ts';
import { explorerInteractive, ourFirstSearchResult, peerFirstSearchResult, withBrowser, withServer } from './bench/browser-timing.ts';
import { budgetVerdicts } from './bench/budgets.ts';
import { islandScripts, pagefindParts } from './bench/islands.ts';
import { directoryBytes, htmlPageCount, largestHtmlPages, pageWeight } from './bench/measure-dist.ts';
import { renderReport, type BrowserResult, type BuildResult, type Machine, type ReportInput } from './bench/report.ts';
import { buildPeer, installedStarlightVersion, installPeer, peerPagePath } from './bench/starlight-peer.ts';
import { measuredPage, syntheticPages, type GeneratedPage } from './bench/synthetic-content.ts';
import { replaceTestSuiteSection, testSuiteSectionOf } from './bench/test-suite-section.ts';
import { shardPageLimit } from './lib/search-shards.ts';
import { hrefOf } from '../src/collections/routes.ts';

const { values: options } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,5000' },
    runs: { type: 'string', default: '5' },
    keep: { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
    'ours-only': { type: 'string', default: '' },
  },
});
/** "100,1000" → [100, 1000]; "" or "none" → []. Exits with a Polish message on anything else. */
function sizeList(option: string, text: string): number[] {
  if (text.trim() === '' || text.trim() === 'none') return [];
  const sizes = text.split(',').map((size) => Number(size.trim()));
  if (sizes.some((size) => !Number.isInteger(size) || size < 3)) {
    console.error(`${option}: oczekiwano liczb całkowitych co najmniej 3, rozdzielonych przecinkami (albo „none”); znaleziono „${text}”`);
    process.exit(2);
  }
  return sizes;
}
const comparedSizes = sizeList('--sizes', options.sizes);
const oursOnlySizes = sizeList('--ours-only', options['ours-only']).filter((size) => !comparedSizes.includes(size));
/** Every size to build, smallest first, each with or without the peer beside it. */
const plan = [...comparedSizes.map((size) => ({ size, withPeer: true })), ...oursOnlySizes.map((size) => ({ size, withPeer: false }))].sort(
  (a, b) => a.size - b.size,
);
const sizes = plan.map((step) => step.size);
if (sizes.length === 0) {
  console.error('Nie podano żadnego rozmiaru: użyj --sizes albo --ours-only.');
  process.exit(2);
}
const runs = Number(options.runs);
const browserSize = sizes.includes(1000) ? 1000 : Math.max(...sizes);
/** Queries both sites can answer from the generated pages (the last one names one gmina). */
const QUERIES = ['opieka wytchnieniowa', 'sołectwach', 'Przykładowa gmina 0007'];
const MODEL_PAGE = '/modele/model-kooperacji-dla-gmin-wiejskich/';

function machine(): Machine {
  let distribution = `${os.type()} ${os.release()}`;
  try {
    const pretty = /^PRETTY_NAME="?([^"\n]+)"?/m.exec(readFileSync('/etc/os-release', 'utf8'));
    if (pretty) distribution = `${pretty[1]} (${os.type()} ${os.release()})`;
  } catch {
    // no os-release: the kernel name is enough
  }
  return {
    cpu: os.cpus()[0]?.model.trim() ?? 'nieznany',
    cores: os.cpus().length,
    memoryBytes: os.totalmem(),
    node: process.version,
    os: distribution,
    browser: chromiumOnThisMachine()?.path ?? 'brak',
  };
}

function ourPageTypes(pages: GeneratedPage[]): { type: string; path: string }[] {
  return [
    { type: 'strona treści', path: hrefOf(measuredPage(pages)) },
    { type: 'model z eksploratorem', path: MODEL_PAGE },
    { type: 'strona z wykresami', path: '/wskazniki/' },
    { type: 'wyszukiwarka', path: '/szukaj/' },
  ];
}

function measured(
  site: BuildResult['site'],
  generated: number,
  build: { dist: string; seconds: number; peakRssBytes: number | undefined },
  pageTypes: { type: string; path: string }[],
): BuildResult {
  return {
    site,
    generated,
    htmlPages: htmlPageCount(build.dist),
    seconds: build.seconds,
    peakRssBytes: build.peakRssBytes,
    distBytes: directoryBytes(build.dist),
    pagefindBytes: directoryBytes(path.join(build.dist, 'pagefind')),
    pages: pageTypes.map((page) => ({ ...page, weight: pageWeight(build.dist, page.path) })),
    largestPages: largestHtmlPages(build.dist),
  };
}

function log(message: string): void {
  console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

const workspace = mkdtempSync(path.join(os.tmpdir(), 'kb-bench-'));
const input: ReportInput = {
  date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
  command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
  machine: machine(),
  starlightVersion: '',
  astroVersion: '',
  // The copies' builds read the same setting from this environment.
  searchShardPages: shardPageLimit(process.env.KB_SEARCH_SHARD_PAGES),
  builds: [],
  budgets: [],
};
try {
  // The peer's Astro is the one its version is reported with; without the peer, ours.
  let astroRoot = PROJECT_ROOT;
  if (comparedSizes.length > 0) {
    log('instaluję Starlight (raz, do pamięci podręcznej)…');
    astroRoot = await installPeer();
    input.starlightVersion = installedStarlightVersion();
  }
  input.astroVersion = (JSON.parse(readFileSync(path.join(astroRoot, 'node_modules/astro/package.json'), 'utf8')) as { version: string }).version;

  for (const { size, withPeer } of plan) {
    const pages = syntheticPages(size);
    log(`${size} stron: buduję nasz serwis…`);
    const ours = await buildSite(path.join(workspace, `ours-${size}`), pages);
    const oursResult = measured('nasz serwis', size, ours, ourPageTypes(pages));
    input.builds.push(oursResult);
    log(`${size} stron: nasz serwis ${ours.seconds.toFixed(1)} s, szczyt pamięci ${((ours.peakRssBytes ?? 0) / 1024 / 1024).toFixed(0)} MB`);
    const peer = withPeer ? await buildPeer(path.join(workspace, `peer-${size}`), pages) : undefined;
    if (peer) {
      input.builds.push(measured('Starlight', size, peer, [{ type: 'strona treści', path: peerPagePath(measuredPage(pages)) }]));
      log(`${size} stron: Starlight ${peer.seconds.toFixed(1)} s`);
    }

    if (size === browserSize) {
      log(`${size} stron: pomiary w Chromium…`);
      const browser: BrowserResult = { size, runs, rows: [] };
      await withBrowser(async (chromium) => {
        await withServer(ours.dist, async (origin) => {
          for (const query of QUERIES)
            browser.rows.push({ measurement: `pierwszy wynik: „${query}”`, ours: await ourFirstSearchResult(chromium, origin, query, runs) });
          browser.rows.push({ measurement: 'eksplorator modelu gotowy do użycia', ours: await explorerInteractive(chromium, origin, MODEL_PAGE, runs) });
        });
        if (peer)
          await withServer(peer.dist, async (origin) => {
            for (const [index, query] of QUERIES.entries()) browser.rows[index]!.peer = await peerFirstSearchResult(chromium, origin, query, runs);
          });
      });
      input.browser = browser;
      input.pagefindParts = { size, rows: pagefindParts(ours.dist) };
      input.islands = { size, rows: islandScripts(ours.dist, path.join(PROJECT_ROOT, 'src/islands')) };
    }
    if (!options.keep) {
      rmSync(path.dirname(ours.dist), { recursive: true, force: true });
      if (peer) rmSync(path.dirname(peer.dist), { recursive: true, force: true });
    }
  }
} finally {
  if (!options.keep) rmSync(workspace, { recursive: true, force: true });
  else log(`kopie zostały w ${workspace}`);
}

input.budgets = budgetVerdicts(input.builds);
const report = renderReport(input);
console.log(report);
if (!options['no-write']) {
  const file = path.join(PROJECT_ROOT, 'BENCHMARKS.md');
  // The fresh-clone test time is measured by `npm run bench:tests`; keep it.
  const testSuite = existsSync(file) ? testSuiteSectionOf(readFileSync(file, 'utf8')) : undefined;
  writeFileSync(file, testSuite ? replaceTestSuiteSection(report, testSuite) : report);
  log('zapisano BENCHMARKS.md');
}
const failed = input.budgets.filter((verdict) => !verdict.passed);
if (failed.length > 0) {
  log(`niespełnione budżety: ${failed.map((verdict) => verdict.budget).join('; ')}`);
  process.exitCode = 1;
}
