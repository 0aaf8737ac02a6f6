import { describe, expect, it } from 'vitest';
import { budgetVerdicts } from './budgets.ts';
import type { BuildResult } from './report.ts';

const MB = 1024 * 1024;

function build(
  site: BuildResult['site'],
  generated: number,
  seconds: number,
  options: { rss?: number; html?: number; js?: number; css?: number; distPerPage?: number } = {},
): BuildResult {
  const htmlPages = generated + 150;
  const weight = (js: number) => ({
    html: { raw: options.html ?? 18_000, gzip: 4_500 },
    css: { raw: 14_000, gzip: options.css ?? 4_400 },
    js: { raw: js * 2, gzip: js },
    jsFiles: 2,
  });
  return {
    site,
    generated,
    htmlPages,
    seconds,
    peakRssBytes: (options.rss ?? 1000) * MB,
    distBytes: htmlPages * (options.distPerPage ?? 20_000),
    pagefindBytes: MB,
    pages: [
      { type: 'strona treści', path: '/programy/x/', weight: weight(options.js ?? 1_700) },
      { type: 'model z eksploratorem', path: '/modele/m/', weight: weight(80_000) },
    ],
  };
}

const verdict = (builds: BuildResult[], start: string) =>
  budgetVerdicts(builds).find((entry) => entry.budget.startsWith(start) || entry.budget.includes(start));

describe('budgetVerdicts', () => {
  const passing = [
    build('nasz serwis', 1000, 20, { rss: 650 }),
    build('Starlight', 1000, 40, { rss: 900 }),
    build('nasz serwis', 5000, 90),
    build('Starlight', 5000, 500, { rss: 1700 }),
  ];

  it('passes a run that keeps every budget, and names each one with what it measured', () => {
    const verdicts = budgetVerdicts(passing);
    expect(verdicts.map((entry) => entry.passed)).toEqual(verdicts.map(() => true));
    expect(verdicts).toHaveLength(9);
    expect(verdict(passing, '5000 stron: czas budowania')?.measured).toBe('90.0 s wobec 500.0 s (0.18×)');
  });

  it('fails the time budget above 0.2× of the peer at the largest size', () => {
    const builds = [...passing.slice(0, 2), build('nasz serwis', 5000, 110), build('Starlight', 5000, 500, { rss: 1700 })];
    expect(verdict(builds, '5000 stron: czas budowania')?.passed).toBe(false);
  });

  it('holds the build to its peak memory limits at 1 000 and 20 000 pages', () => {
    expect(verdict(passing, '1000 stron: szczyt pamięci budowania')).toMatchObject({ measured: '650 MB', passed: true });
    const heavy = [build('nasz serwis', 1000, 20, { rss: 701 }), ...passing.slice(1)];
    expect(verdict(heavy, '1000 stron: szczyt pamięci budowania')?.passed).toBe(false);
    const large = [...passing, build('nasz serwis', 20000, 360, { rss: 1600 })];
    expect(verdict(large, '20000 stron: szczyt pamięci budowania')).toMatchObject({ budget: '20000 stron: szczyt pamięci budowania ≤ 1500 MB', passed: false });
  });

  it('compares with the peer at its largest size when larger sizes were built without it (--ours-only)', () => {
    const builds = [...passing, build('nasz serwis', 20000, 360, { rss: 1400 })];
    expect(verdict(builds, '5000 stron: czas budowania')?.measured).toBe('90.0 s wobec 500.0 s (0.18×)');
    expect(verdict(builds, '20000 stron: czas budowania')).toBeUndefined();
    expect(verdict(builds, 'czas budowania rośnie liniowo')?.budget).toContain('przy 20000 stronach');
    expect(verdict(builds, '20000 stron: szczyt pamięci budowania')?.passed).toBe(true);
  });

  it('fails the memory budget when our peak is not lower than the peer’s', () => {
    const builds = [...passing.slice(0, 2), build('nasz serwis', 5000, 90, { rss: 1700 }), build('Starlight', 5000, 500, { rss: 1700 })];
    expect(verdict(builds, 'szczyt pamięci')?.passed).toBe(false);
  });

  it('fails linear growth when pages per second fall with size, or output per page grows', () => {
    const slower = [build('nasz serwis', 1000, 20), build('nasz serwis', 5000, 200)];
    expect(verdict(slower, 'czas budowania rośnie liniowo')?.passed).toBe(false);
    const heavier = [build('nasz serwis', 1000, 20), build('nasz serwis', 5000, 90, { distPerPage: 40_000 })];
    expect(verdict(heavier, 'dist/ rośnie liniowo')?.passed).toBe(false);
  });

  it('fails when the largest page of the site is larger at a larger size', () => {
    const withLargest = (result: BuildResult, bytes: number): BuildResult => ({ ...result, largestPages: [{ path: '/programy/', bytes }] });
    const flat = [withLargest(build('nasz serwis', 1000, 20), 140_000), withLargest(build('nasz serwis', 5000, 90), 140_000)];
    expect(verdict(flat, 'największa strona HTML')).toMatchObject({
      passed: true,
      measured: '1000 stron: 136.7 KB (/programy/); 5000 stron: 136.7 KB (/programy/)',
    });
    const growing = [withLargest(build('nasz serwis', 1000, 20), 140_000), withLargest(build('nasz serwis', 5000, 90), 700_000)];
    expect(verdict(growing, 'największa strona HTML')?.passed).toBe(false);
  });

  it('fails when the same content page is heavier at a larger size', () => {
    const builds = [build('nasz serwis', 1000, 20), build('nasz serwis', 5000, 90, { html: 30_000 })];
    expect(verdict(builds, 'HTML strony treści')?.passed).toBe(false);
  });

  it('checks the page budgets on the largest build: content page JS, heaviest JS, CSS', () => {
    const builds = [build('nasz serwis', 1000, 20), build('nasz serwis', 5000, 90, { js: 3_000, css: 9_000 })];
    expect(verdict(builds, 'JavaScript strony treści')?.passed).toBe(false);
    expect(verdict(builds, 'CSS każdej strony')?.passed).toBe(false);
    expect(verdict(builds, 'JavaScript najcięższej strony')).toMatchObject({ passed: true, measured: '78.1 KB (/modele/m/)' });
  });

  it('checks nothing it has no measurements for', () => {
    expect(budgetVerdicts([])).toEqual([]);
  });
});
