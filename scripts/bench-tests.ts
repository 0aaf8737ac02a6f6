/**
 * `npm run bench:tests`: how long a new contributor waits for `npm ci && npm test`. Clones the
 * current commit into a temporary folder (a fresh clone: no node_modules, no dist/, no caches),
 * runs both commands there and writes the times, each step's time and the summary line into the
 * test-suite section of BENCHMARKS.md (`npm run bench` keeps that section when it rewrites the rest).
 *
 *   npm run bench:tests                 measure and write BENCHMARKS.md
 *   npm run bench:tests -- --no-write   measure and print only
 *   npm run bench:tests -- --before db7f236
 *                                       measure an earlier commit too, after this one, and compare
 *                                       (db7f236: the suite before it was reworked, issue 19)
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromiumOnThisMachine } from './lib/chromium.ts';
import { PROJECT_ROOT } from './lib/project-copy.ts';
import { replaceTestSuiteSection, testSuiteSection, type EarlierRun, type TestSuiteStep, type TestSuiteTiming } from './bench/test-suite-section.ts';

const { values: options } = parseArgs({ options: { 'no-write': { type: 'boolean', default: false }, before: { type: 'string' } } });
/**
 * Every clone's browser tests run in the same Chromium, named in the section: an earlier commit
 * may look for it elsewhere, and which build runs them changes the time by a third.
 */
const browser = chromiumOnThisMachine()?.path;

function timed(command: string, args: string[], cwd: string): { seconds: number; status: number; output: string } {
  const started = performance.now();
  const env = { ...process.env, CI: 'true', ...(browser ? { CHROMIUM_PATH: browser } : {}) };
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env });
  return { seconds: (performance.now() - started) / 1000, status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
}

/** The steps as `npm test` wrote them, times rounded to whole seconds. */
function stepsOf(steps: TestSuiteStep[]): TestSuiteStep[] {
  return steps.map(({ name, passed, failed, seconds }) => ({ name, passed, failed, seconds: Math.round(seconds) }));
}

/** What `npm ci && npm test` did on a fresh clone of one commit. */
interface FreshCloneRun extends EarlierRun {
  status: number;
  steps: TestSuiteStep[];
  /** The step logs of a failed `npm test`, copied out before the clone goes away. */
  logs?: string;
}

const shortCommit = (revision: string) => spawnSync('git', ['rev-parse', '--short', revision], { cwd: PROJECT_ROOT, encoding: 'utf8' }).stdout.trim();

/** Clones `commit` into `workspace` (no node_modules, no dist/, no caches), then runs `npm ci` and `npm test` there. */
function measureFreshClone(workspace: string, commit: string): FreshCloneRun {
  const clone = path.join(workspace, commit);
  const cloned = timed('git', ['clone', '--quiet', '--no-local', '--no-checkout', PROJECT_ROOT, clone], workspace);
  const checkedOut = cloned.status === 0 ? timed('git', ['checkout', '--quiet', commit], clone) : cloned;
  if (checkedOut.status !== 0) throw new Error(`git clone ${commit} się nie udał:\n${cloned.output}${checkedOut.output}`);
  console.log(`Świeży klon ${commit} w ${clone}; npm ci…`);
  const install = timed('npm', ['ci', '--no-audit', '--no-fund'], clone);
  if (install.status !== 0) throw new Error(`npm ci się nie udało:\n${install.output.slice(-4000)}`);
  console.log(`npm ci: ${install.seconds.toFixed(0)} s; npm test…`);
  const test = timed('npm', ['test'], clone);
  const summaryFile = path.join(clone, '.tmp/test-summary.txt');
  const resultsFile = path.join(clone, '.tmp/test-results.json');
  let logs: string | undefined;
  if (test.status !== 0 && existsSync(path.join(clone, '.tmp/test-logs'))) {
    logs = path.join(PROJECT_ROOT, '.tmp/bench-tests-logs', commit);
    cpSync(path.join(clone, '.tmp/test-logs'), logs, { recursive: true });
  }
  return {
    commit,
    installSeconds: install.seconds,
    testSeconds: test.seconds,
    status: test.status,
    summary: existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8').trim() : '(brak podsumowania)',
    // An earlier commit's npm test may not write its steps.
    steps: existsSync(resultsFile) ? stepsOf(JSON.parse(readFileSync(resultsFile, 'utf8')) as TestSuiteStep[]) : [],
    logs,
  };
}

const workspace = mkdtempSync(path.join(os.tmpdir(), 'kb-bench-tests-'));
try {
  const current = measureFreshClone(workspace, shortCommit('HEAD'));
  // One after the other, never at the same time: each run has the machine to itself.
  const before = options.before ? measureFreshClone(workspace, shortCommit(options.before)) : undefined;
  const timing: TestSuiteTiming = { ...current, date: new Date(), cores: os.availableParallelism(), browser: browser ?? 'brak', before };
  const section = testSuiteSection(timing);
  console.log(section);
  if (!options['no-write']) {
    const file = path.join(PROJECT_ROOT, 'BENCHMARKS.md');
    writeFileSync(file, replaceTestSuiteSection(existsSync(file) ? readFileSync(file, 'utf8') : '', section));
    console.log('zapisano BENCHMARKS.md');
  }
  if (current.status !== 0) console.error(`npm test nie przeszedł; dzienniki kroków w ${current.logs ?? '(brak dzienników)'}`);
  process.exitCode = current.status === 0 ? 0 : 1;
} finally {
  rmSync(workspace, { recursive: true, force: true });
}
