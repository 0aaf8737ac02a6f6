/**
 * The test-suite section of BENCHMARKS.md: how long `npm ci && npm test` takes on a fresh clone.
 * Written by `npm run bench:tests`, kept by `npm run bench`. Pure: numbers in, text out.
 */
import { markdownTable, ratio } from './report.ts';

export interface TestSuiteStep {
  name: string;
  passed: number;
  failed: number;
  seconds: number;
}

export interface TestSuiteTiming {
  date: Date;
  commit: string;
  cores: number;
  /** The Chromium every run's browser tests used. */
  browser: string;
  installSeconds: number;
  testSeconds: number;
  /** The last line of `npm test`: `N passed, N failed`. */
  summary: string;
  steps: TestSuiteStep[];
  /** The same two commands on a fresh clone of an earlier commit, on this machine, when asked for (`--before`). */
  before?: EarlierRun;
}

export interface EarlierRun {
  commit: string;
  installSeconds: number;
  testSeconds: number;
  summary: string;
}

const START = '<!-- test-suite:start -->';
const END = '<!-- test-suite:end -->';
/** `npm ci && npm test` on a fresh clone before the suite was reworked, as issue 19 states it: 6 min 46 s. */
export const SECONDS_BEFORE = 6 * 60 + 46;

/** 406 → "6 min 46 s". */
export function minutesAndSeconds(seconds: number): string {
  const whole = Math.round(seconds);
  const minutes = Math.floor(whole / 60);
  return minutes === 0 ? `${whole} s` : `${minutes} min ${whole % 60} s`;
}

export function testSuiteSection(timing: TestSuiteTiming): string {
  const total = timing.installSeconds + timing.testSeconds;
  const before = timing.before;
  const beforeTotal = before ? before.installSeconds + before.testSeconds : 0;
  const againstBefore = before ? `; ${ratio(total, beforeTotal)} z ${minutesAndSeconds(beforeTotal)} zmierzonych tu dla ${before.commit}` : '';
  return [
    START,
    '## Czas testów: `npm ci && npm test` na świeżym klonie',
    '',
    `Wygenerowane przez \`npm run bench:tests\` (\`scripts/bench-tests.ts\`); nie edytuj ręcznie. Data: ${timing.date.toISOString().slice(0, 16).replace('T', ' ')} UTC, commit ${timing.commit}, ${timing.cores} rdzenie, przeglądarka \`${timing.browser}\`.`,
    '',
    markdownTable(
      ['pomiar', 'czas'],
      [
        ['`npm ci`', minutesAndSeconds(timing.installSeconds)],
        ['`npm test`', minutesAndSeconds(timing.testSeconds)],
        [
          'razem',
          `**${minutesAndSeconds(total)}** (${ratio(total, SECONDS_BEFORE)} z ${minutesAndSeconds(SECONDS_BEFORE)} przed przebudową testów${againstBefore})`,
        ],
        ...(before
          ? [[`oba polecenia na świeżym klonie ${before.commit}, na tej samej maszynie`, `${minutesAndSeconds(beforeTotal)} (${before.summary})`]]
          : []),
      ],
    ),
    '',
    `Wynik: ${timing.summary}. Kroki \`npm test\` (trzy ciągi naraz, więc czasy kroków nakładają się):`,
    '',
    markdownTable(
      ['krok', 'passed', 'failed', 'czas'],
      timing.steps.map((step) => [step.name, String(step.passed), String(step.failed), `${step.seconds} s`]),
    ),
    END,
  ].join('\n');
}

/** The document with its test-suite section replaced by `section`, or with `section` added at the end. */
export function replaceTestSuiteSection(document: string, section: string): string {
  const start = document.indexOf(START);
  const end = document.indexOf(END);
  if (start === -1 || end === -1 || end < start) return `${document.trimEnd()}${document.trim() ? '\n\n' : ''}${section}\n`;
  return `${document.slice(0, start)}${section}${document.slice(end + END.length)}`;
}

/** The test-suite section of a document, if it has one: for `npm run bench` to keep. */
export function testSuiteSectionOf(document: string): string | undefined {
  const start = document.indexOf(START);
  const end = document.indexOf(END);
  return start === -1 || end === -1 || end < start ? undefined : document.slice(start, end + END.length);
}
