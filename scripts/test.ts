/**
 * `npm test`: every check (lint, types, unit tests, the build, build-output and browser tests, the
 * builds of changed copies) with one summary over all suites. The steps run in three lanes at the
 * same time, each lane in order: what needs this project's build waits for it and is skipped, and
 * counted as failed, when it fails, so a broken build can never look green. The last line printed
 * is `N passed, N failed`; it is also written to .tmp/test-summary.txt for CI, and each step's counts
 * and time to .tmp/test-results.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import process from 'node:process';
import { TEST_BUILD_DAY } from '../tests/support/build-day.ts';
import { singleCheck, skipped, vitestProject, type StepResult } from './lib/test-steps.ts';

mkdirSync('.tmp', { recursive: true });
// Every build in the run (this project's and the copies') is built for the tests' day, whatever the calendar says.
process.env.KB_BUILD_DAY ??= TEST_BUILD_DAY;
const started = performance.now();

const build = singleCheck('Budowanie (astro build, pagefind)', 'npm', ['run', '--silent', 'build']);

/**
 * Lint (ESLint, Prettier and knip as one step), then types. `astro check` writes the same `.astro/`
 * files as the build's content sync, so it waits until the build is done with them.
 */
async function checksLane(): Promise<StepResult[]> {
  const lint = await singleCheck('Lint (ESLint, Prettier, knip)', 'npm', ['run', '--silent', 'lint']);
  await build;
  return [lint, await singleCheck('Typy (astro check)', 'npm', ['run', '--silent', 'check'])];
}

/** This project's build, then the suites that read its dist/. */
async function siteLane(): Promise<StepResult[]> {
  const built = await build;
  const afterBuild = [
    { name: 'Zbudowana strona: reguły, fakty, spójność (dist/)', project: 'site' },
    { name: 'Testy w przeglądarce (Chromium)', project: 'e2e' },
  ];
  const results = [built];
  for (const suite of afterBuild) {
    results.push(built.failed === 0 ? await vitestProject(suite.name, suite.project) : skipped(suite.name, 'budowanie się nie powiodło'));
  }
  return results;
}

/** Unit tests, then the suites that build their own copies of the project (they need no dist/). */
async function copiesLane(): Promise<StepResult[]> {
  const suites = [
    { name: 'Testy jednostkowe', project: 'unit' },
    { name: 'Błędne treści: walidacja i budowanie (korpus)', project: 'corpus' },
    { name: 'Kopie projektu: długie listy, wersje robocze, dawne adresy, konsultacja po terminie (cztery budowania)', project: 'copies' },
  ];
  const results: StepResult[] = [];
  for (const suite of suites) results.push(await vitestProject(suite.name, suite.project));
  return results;
}

const results = (await Promise.all([checksLane(), siteLane(), copiesLane()])).flat();

console.log(`\n━━ Podsumowanie ${'━'.repeat(46)}`);
for (const result of results) {
  const mark = result.failed === 0 ? '✓' : '✗';
  console.log(
    `${mark} ${result.name}: ${result.passed} passed, ${result.failed} failed, ${result.seconds.toFixed(0)} s${result.note ? ` (${result.note})` : ''}`,
  );
}
const passed = results.reduce((sum, result) => sum + result.passed, 0);
const failed = results.reduce((sum, result) => sum + result.failed, 0);
const summary = `${passed} passed, ${failed} failed`;
writeFileSync('.tmp/test-summary.txt', `${summary}\n`);
// Every step with its counts and time, for `npm run bench:tests`.
writeFileSync('.tmp/test-results.json', `${JSON.stringify(results, null, 2)}\n`);
console.log(`Czas: ${((performance.now() - started) / 1000).toFixed(0)} s`);
console.log(summary);
process.exit(failed === 0 ? 0 : 1);
