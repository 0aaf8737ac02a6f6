/**
 * The steps `npm test` is made of, and how each one is run and counted. A step's output goes to
 * its own log file and is printed whole when the step ends, so steps that run at the same time
 * never mix their lines. Test counts come from vitest's own JSON report, never from printed text.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { slugify } from '../../src/lib/slug.ts';

export interface StepResult {
  name: string;
  passed: number;
  failed: number;
  seconds: number;
  note?: string;
}

export const LOG_DIR = path.join('.tmp', 'test-logs');

/** Runs a command with its output in the step's log; resolves to its exit code and the log's text. */
function runLogged(name: string, command: string, args: string[]): Promise<{ status: number; output: string }> {
  mkdirSync(LOG_DIR, { recursive: true });
  const file = path.join(LOG_DIR, `${slugify(name)}.log`);
  const log = createWriteStream(file);
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    child.on('close', (code) => log.end(() => resolve({ status: code ?? 1, output: readFileSync(file, 'utf8') })));
  });
}

function printStep(name: string, output: string, seconds: number): void {
  const title = `${name} (${seconds.toFixed(0)} s)`;
  console.log(`\n━━ ${title} ${'━'.repeat(Math.max(0, 60 - title.length))}`);
  process.stdout.write(output.endsWith('\n') || output === '' ? output : `${output}\n`);
}

/** A step that is one check (lint, types, the build): it passes or fails as a whole. */
export async function singleCheck(name: string, command: string, args: string[]): Promise<StepResult> {
  const started = performance.now();
  const { status, output } = await runLogged(name, command, args);
  const seconds = (performance.now() - started) / 1000;
  printStep(name, output, seconds);
  return { name, passed: status === 0 ? 1 : 0, failed: status === 0 ? 0 : 1, seconds };
}

interface VitestJsonReport {
  numPassedTests: number;
  numFailedTests: number;
}

/** A vitest project, counted from vitest's JSON report. */
export async function vitestProject(name: string, project: string): Promise<StepResult> {
  const report = path.join('.tmp', `vitest-${project}.json`);
  rmSync(report, { force: true });
  const started = performance.now();
  const { status, output } = await runLogged(name, 'vitest', [
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  const seconds = (performance.now() - started) / 1000;
  printStep(name, output, seconds);
  if (!existsSync(report)) return { name, passed: 0, failed: 1, seconds, note: 'vitest nie utworzył raportu (błąd przed uruchomieniem testów)' };
  const json = JSON.parse(readFileSync(report, 'utf8')) as VitestJsonReport;
  // A file that fails to load (e.g. no browser) has no failed test but must still count as a failure.
  const failed = json.numFailedTests + (status !== 0 && json.numFailedTests === 0 ? 1 : 0);
  return { name, passed: json.numPassedTests, failed, seconds };
}

/** A step that did not run because one it needs failed: counted as failed, never as passed. */
export function skipped(name: string, because: string): StepResult {
  return { name, passed: 0, failed: 1, seconds: 0, note: `pominięto, bo ${because}` };
}
