/**
 * `npm run bench:tests`: how long a new contributor waits for `npm ci && npm test`. Clones the
 * current commit into a temporary folder (a fresh clone: no node_modules, no dist/, no caches),
 * runs both commands there and writes the times, each step's time and the summary line into the
 * test-suite section of BENCHMARKS.md (`npm run bench` keeps that section when it rewrites the rest).
 *
 *   npm run bench:tests                 measure and write BENCHMARKS.md
 *   npm run bench:tests -- --no-write   measure and print only
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from './lib/project-copy.ts';
import { replaceTestSuiteSection, testSuiteSection, type TestSuiteStep, type TestSuiteTiming } from './bench/test-suite-section.ts';

const { values: options } = parseArgs({ options: { 'no-write': { type: 'boolean', default: false } } });

function timed(command: string, args: string[], cwd: string): { seconds: number; status: number; output: string } {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, CI: 'true' } });
  return { seconds: (performance.now() - started) / 1000, status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
}

/** The steps as `npm test` wrote them, times rounded to whole seconds. */
function stepsOf(steps: TestSuiteStep[]): TestSuiteStep[] {
  return steps.map(({ name, passed, failed, seconds }) => ({ name, passed, failed, seconds: Math.round(seconds) }));
}

const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).stdout.trim();
const workspace = mkdtempSync(path.join(os.tmpdir(), 'kb-bench-tests-'));
try {
  const clone = path.join(workspace, 'clone');
  const cloned = timed('git', ['clone', '--quiet', '--no-local', PROJECT_ROOT, clone], workspace);
  if (cloned.status !== 0) throw new Error(`git clone się nie udał:\n${cloned.output}`);
  console.log(`Świeży klon ${commit} w ${clone}; npm ci…`);
  const install = timed('npm', ['ci', '--no-audit', '--no-fund'], clone);
  if (install.status !== 0) throw new Error(`npm ci się nie udało:\n${install.output.slice(-4000)}`);
  console.log(`npm ci: ${install.seconds.toFixed(0)} s; npm test…`);
  const test = timed('npm', ['test'], clone);
  const summaryFile = path.join(clone, '.tmp/test-summary.txt');
  const resultsFile = path.join(clone, '.tmp/test-results.json');
  const timing: TestSuiteTiming = {
    date: new Date(),
    commit,
    cores: os.availableParallelism(),
    installSeconds: install.seconds,
    testSeconds: test.seconds,
    summary: existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8').trim() : '(brak podsumowania)',
    steps: existsSync(resultsFile) ? stepsOf(JSON.parse(readFileSync(resultsFile, 'utf8')) as TestSuiteStep[]) : [],
  };
  const section = testSuiteSection(timing);
  console.log(section);
  if (!options['no-write']) {
    const file = path.join(PROJECT_ROOT, 'BENCHMARKS.md');
    writeFileSync(file, replaceTestSuiteSection(existsSync(file) ? readFileSync(file, 'utf8') : '', section));
    console.log('zapisano BENCHMARKS.md');
  }
  if (test.status !== 0) {
    // The clone goes away below: keep its step logs to see what failed.
    cpSync(path.join(clone, '.tmp/test-logs'), path.join(PROJECT_ROOT, '.tmp/bench-tests-logs'), { recursive: true });
    console.error(`npm test nie przeszedł; dzienniki kroków w .tmp/bench-tests-logs/`);
  }
  process.exitCode = test.status === 0 ? 0 : 1;
} finally {
  rmSync(workspace, { recursive: true, force: true });
}
