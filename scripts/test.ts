/**
 * `npm test`: every check in order (lint, types, unit tests, build, build-output checks, browser tests)
 * with one summary over all suites. Later steps that need the build are skipped when it fails, and
 * counted as failed, so a broken build can never look green. The last line printed is
 * `N passed, N failed`; it is also written to .tmp/test-summary.txt for CI.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import process from 'node:process';

interface StepResult {
  name: string;
  passed: number;
  failed: number;
  note?: string;
}

const results: StepResult[] = [];
mkdirSync('.tmp', { recursive: true });

function run(command: string, args: string[]): number {
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status ?? 1;
}

function heading(title: string): void {
  console.log(`\n━━ ${title} ${'━'.repeat(Math.max(0, 60 - title.length))}`);
}

/** A step that is one check: it passes or fails as a whole. */
function single(name: string, command: string, args: string[]): boolean {
  heading(name);
  const ok = run(command, args) === 0;
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
  return ok;
}

/** A vitest project: counts come from vitest's JSON report. */
function vitestProject(name: string, project: string): void {
  heading(name);
  const report = `.tmp/vitest-${project}.json`;
  rmSync(report, { force: true });
  const status = run('vitest', ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  if (!existsSync(report)) {
    results.push({ name, passed: 0, failed: 1, note: 'vitest nie utworzył raportu (błąd przed uruchomieniem testów)' });
    return;
  }
  const json = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number; numTotalTestSuites: number; success: boolean };
  // A suite that fails to load (e.g. no browser) has no failed tests but must still count as a failure.
  const failed = json.numFailedTests + (status !== 0 && json.numFailedTests === 0 ? 1 : 0);
  results.push({ name, passed: json.numPassedTests, failed });
}

/** The build-output checks print `check-dist: P passed, F failed` as their last line. */
function distChecks(name: string): void {
  heading(name);
  const result = spawnSync('node', ['scripts/check-dist.ts'], { encoding: 'utf8', env: process.env });
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  const match = /check-dist: (\d+) passed, (\d+) failed/.exec(result.stdout);
  if (!match) {
    results.push({ name, passed: 0, failed: 1, note: 'brak podsumowania check-dist' });
    return;
  }
  const failed = Number(match[2]) + (result.status !== 0 && Number(match[2]) === 0 ? 1 : 0);
  results.push({ name, passed: Number(match[1]), failed });
}

// ESLint, Prettier and knip as one step: it passes only when all three do.
single('Lint (ESLint, Prettier, knip)', 'npm', ['run', '--silent', 'lint']);
single('Typy (astro check, tsc)', 'npm', ['run', '--silent', 'check']);
vitestProject('Testy jednostkowe', 'unit');
// Builds in its own project copy, so it needs no build of this one and runs even when that fails.
vitestProject('Błędne treści: walidacja i budowanie (korpus)', 'corpus');
// Also builds its own copy, with generated gmina pages, so the lists are long enough to page.
vitestProject('Długie listy na dużym serwisie (kopia z wygenerowanymi stronami)', 'scale');
const built = single('Budowanie (astro build, pagefind)', 'npm', ['run', '--silent', 'build']);
/** Suites that read this build's dist/ (or run after it), each skipped and counted as failed when it failed. */
const afterBuild: { name: string; run: (name: string) => void }[] = [
  { name: 'Kontrola zbudowanej strony (dist/)', run: distChecks },
  { name: 'Treść zbudowanej strony (fakty, spójność)', run: (name) => vitestProject(name, 'site') },
  { name: 'Testy w przeglądarce (Chromium)', run: (name) => vitestProject(name, 'e2e') },
  { name: 'Wersje robocze poza publiczną wersją (dwa budowania)', run: (name) => vitestProject(name, 'drafts') },
  { name: 'Dawne adresy po zmianie identyfikatora (dwa budowania)', run: (name) => vitestProject(name, 'addresses') },
];
for (const suite of afterBuild) {
  if (built) suite.run(suite.name);
  else results.push({ name: suite.name, passed: 0, failed: 1, note: 'pominięto, bo budowanie się nie powiodło' });
}

heading('Podsumowanie');
for (const result of results) {
  const mark = result.failed === 0 ? '✓' : '✗';
  console.log(`${mark} ${result.name}: ${result.passed} passed, ${result.failed} failed${result.note ? ` (${result.note})` : ''}`);
}
const passed = results.reduce((sum, result) => sum + result.passed, 0);
const failed = results.reduce((sum, result) => sum + result.failed, 0);
const summary = `${passed} passed, ${failed} failed`;
writeFileSync('.tmp/test-summary.txt', `${summary}\n`);
console.log(summary);
process.exit(failed === 0 ? 0 : 1);
