/**
 * The budgets of issue 9 checked against one benchmark run: each says what it measured, the limit
 * and whether it held. Pure: build results in, verdicts out; `npm run bench` prints them, writes
 * them to BENCHMARKS.md and exits non-zero when one fails.
 */
import {
  ANY_PAGE_JS,
  BUILD_TIME_SHARE_OF_PEER,
  HTML_GROWTH_TOLERANCE,
  MAX_DIST_PER_PAGE_GROWTH,
  MIN_THROUGHPUT_KEPT,
  PAGE_CSS,
  PEAK_MEMORY_MB,
  PLAIN_PAGE_JS,
} from '../lib/budgets.ts';
import { kilobytes } from '../lib/page-weight.ts';
import type { BuildResult } from './report.ts';

export interface BudgetVerdict {
  budget: string;
  measured: string;
  passed: boolean;
}

const OURS = 'nasz serwis';
const PEER = 'Starlight';
const CONTENT_PAGE = 'strona treści';

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

function buildsOf(builds: readonly BuildResult[], site: BuildResult['site']): BuildResult[] {
  return builds.filter((build) => build.site === site).sort((a, b) => a.generated - b.generated);
}

function scaleVerdicts(builds: readonly BuildResult[]): BudgetVerdict[] {
  const ours = buildsOf(builds, OURS);
  const largest = ours.at(-1);
  if (!largest) return [];
  const verdicts: BudgetVerdict[] = [];
  // The peer is compared at the largest size it was built at (sizes from --ours-only have none).
  const peers = buildsOf(builds, PEER);
  const compared = ours.filter((build) => peers.some((peer) => peer.generated === build.generated)).at(-1);
  const peer = compared && peers.find((build) => build.generated === compared.generated);
  if (compared && peer) {
    const share = compared.seconds / peer.seconds;
    verdicts.push({
      budget: `${compared.generated} stron: czas budowania ≤ ${BUILD_TIME_SHARE_OF_PEER}× czasu Starlight w tym samym pomiarze`,
      measured: `${compared.seconds.toFixed(1)} s wobec ${peer.seconds.toFixed(1)} s (${share.toFixed(2)}×)`,
      passed: share <= BUILD_TIME_SHARE_OF_PEER,
    });
    if (compared.peakRssBytes !== undefined && peer.peakRssBytes !== undefined) {
      verdicts.push({
        budget: `${compared.generated} stron: szczyt pamięci niższy niż w Starlight`,
        measured: `${megabytes(compared.peakRssBytes)} wobec ${megabytes(peer.peakRssBytes)} (${(compared.peakRssBytes / peer.peakRssBytes).toFixed(2)}×)`,
        passed: compared.peakRssBytes < peer.peakRssBytes,
      });
    }
  }
  for (const limit of PEAK_MEMORY_MB) {
    const build = ours.find((candidate) => candidate.generated === limit.pages);
    if (build?.peakRssBytes === undefined) continue;
    verdicts.push({
      budget: `${limit.pages} stron: szczyt pamięci budowania ≤ ${limit.megabytes} MB`,
      measured: megabytes(build.peakRssBytes),
      passed: build.peakRssBytes <= limit.megabytes * 1024 * 1024,
    });
  }
  const smaller = ours.at(-2);
  if (smaller) {
    const kept = largest.htmlPages / largest.seconds / (smaller.htmlPages / smaller.seconds);
    verdicts.push({
      budget: `czas budowania rośnie liniowo: stron/s przy ${largest.generated} stronach ≥ ${MIN_THROUGHPUT_KEPT}× stron/s przy ${smaller.generated}`,
      measured: `${(largest.htmlPages / largest.seconds).toFixed(1)} wobec ${(smaller.htmlPages / smaller.seconds).toFixed(1)} stron/s (${kept.toFixed(2)}×)`,
      passed: kept >= MIN_THROUGHPUT_KEPT,
    });
    const perPage = largest.distBytes / largest.htmlPages / (smaller.distBytes / smaller.htmlPages);
    verdicts.push({
      budget: `dist/ rośnie liniowo: bajtów na stronę przy ${largest.generated} stronach ≤ ${MAX_DIST_PER_PAGE_GROWTH}× tyle co przy ${smaller.generated}`,
      measured: `${kilobytes(largest.distBytes / largest.htmlPages)} wobec ${kilobytes(smaller.distBytes / smaller.htmlPages)} na stronę (${perPage.toFixed(2)}×)`,
      passed: perPage <= MAX_DIST_PER_PAGE_GROWTH,
    });
  }
  const largestPages = ours.filter((build) => build.largestPages?.length).map((build) => ({ size: build.generated, page: build.largestPages![0]! }));
  if (largestPages.length > 1) {
    const first = largestPages[0]!;
    const last = largestPages.at(-1)!;
    verdicts.push({
      budget: 'największa strona HTML serwisu nie rośnie z liczbą stron (żadna lista nie wymienia wszystkich wpisów)',
      measured: largestPages.map((entry) => `${entry.size} stron: ${kilobytes(entry.page.bytes)} (${entry.page.path})`).join('; '),
      passed: last.page.bytes <= first.page.bytes * (1 + HTML_GROWTH_TOLERANCE),
    });
  }
  const contentHtml = ours
    .map((build) => ({ size: build.generated, html: build.pages.find((page) => page.type === CONTENT_PAGE)?.weight.html.raw }))
    .filter((entry) => entry.html !== undefined);
  if (contentHtml.length > 1) {
    const smallest = Math.min(...contentHtml.map((entry) => entry.html!));
    const biggest = Math.max(...contentHtml.map((entry) => entry.html!));
    verdicts.push({
      budget: 'HTML strony treści nie rośnie z liczbą stron serwisu',
      measured: contentHtml.map((entry) => `${entry.size} stron: ${kilobytes(entry.html!)}`).join('; '),
      passed: biggest <= smallest * (1 + HTML_GROWTH_TOLERANCE),
    });
  }
  return verdicts;
}

function pageVerdicts(builds: readonly BuildResult[]): BudgetVerdict[] {
  const largest = buildsOf(builds, OURS).at(-1);
  if (!largest) return [];
  const verdicts: BudgetVerdict[] = [];
  const content = largest.pages.find((page) => page.type === CONTENT_PAGE);
  if (content) {
    verdicts.push({
      budget: `JavaScript strony treści ≤ ${kilobytes(PLAIN_PAGE_JS)} gzip`,
      measured: `${kilobytes(content.weight.js.gzip)} (${content.path})`,
      passed: content.weight.js.gzip <= PLAIN_PAGE_JS,
    });
  }
  const heaviestJs = [...largest.pages].sort((a, b) => b.weight.js.gzip - a.weight.js.gzip)[0];
  if (heaviestJs) {
    verdicts.push({
      budget: `JavaScript najcięższej strony ≤ ${kilobytes(ANY_PAGE_JS)} gzip`,
      measured: `${kilobytes(heaviestJs.weight.js.gzip)} (${heaviestJs.path})`,
      passed: heaviestJs.weight.js.gzip <= ANY_PAGE_JS,
    });
  }
  const heaviestCss = [...largest.pages].sort((a, b) => b.weight.css.gzip - a.weight.css.gzip)[0];
  if (heaviestCss) {
    verdicts.push({
      budget: `CSS każdej strony ≤ ${kilobytes(PAGE_CSS)} gzip`,
      measured: `najwięcej ${kilobytes(heaviestCss.weight.css.gzip)} (${heaviestCss.path})`,
      passed: heaviestCss.weight.css.gzip <= PAGE_CSS,
    });
  }
  return verdicts;
}

export function budgetVerdicts(builds: readonly BuildResult[]): BudgetVerdict[] {
  return [...scaleVerdicts(builds), ...pageVerdicts(builds)];
}
