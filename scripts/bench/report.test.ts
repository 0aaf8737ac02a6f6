import { describe, expect, it } from 'vitest';
import { kB, ratio, renderReport, type BuildResult, type ReportInput } from './report.ts';

const weight = (html: number) => ({ html: { raw: html, gzip: html / 4 }, css: { raw: 1000, gzip: 300 }, js: { raw: 2048, gzip: 1024 }, jsFiles: 2 });

function build(site: BuildResult['site'], generated: number, seconds: number, html: number): BuildResult {
  return {
    site,
    generated,
    htmlPages: generated + 10,
    seconds,
    peakRssBytes: 512 * 1024 * 1024,
    distBytes: 3 * 1024 * 1024,
    pagefindBytes: 200 * 1024,
    pages: [{ type: 'strona treści', path: `/p/${site}/`, weight: weight(html) }],
  };
}

/** A report of a run on the test machine; the builds and budgets are what each test varies. */
function reportOf(builds: BuildResult[], budgets: ReportInput['budgets'] = [], command = 'npm run bench'): string {
  return renderReport({
    date: '2026-11-23 17:00 UTC',
    command,
    machine: { cpu: 'Test CPU', cores: 2, memoryBytes: 8 * 1024 ** 3, node: 'v24.0.0', os: 'Debian', browser: '/usr/bin/chromium-headless-shell' },
    starlightVersion: '0.42.4',
    astroVersion: '7.3.5',
    searchShardPages: 4000,
    builds,
    budgets,
  });
}

describe('report helpers', () => {
  it('writes sizes in kB and MB and ratios ours / peer', () => {
    expect(kB(1536)).toBe('1.5 kB');
    expect(kB(3 * 1024 * 1024)).toBe('3.0 MB');
    expect(ratio(30, 60)).toBe('0.50×');
    expect(ratio(undefined, 60)).toBe('–');
    expect(ratio(1, 0)).toBe('–');
  });
});

describe('renderReport', () => {
  const report = reportOf(
    [build('nasz serwis', 100, 10, 20_000), build('Starlight', 100, 20, 40_000), build('nasz serwis', 1000, 40, 20_000)],
    [
      { budget: 'JavaScript strony treści ≤ 2.0 KB gzip', measured: '1.0 KB (/p/)', passed: true },
      { budget: '1000 stron: czas budowania ≤ 0.2× czasu Starlight', measured: '40.0 s wobec 100.0 s (0.40×)', passed: false },
    ],
    'npm run bench -- --sizes 100',
  );

  it('shows each budget with what was measured, and counts the failed ones', () => {
    expect(report).toContain('| JavaScript strony treści ≤ 2.0 KB gzip | 1.0 KB (/p/) | spełniony |');
    expect(report).toContain('| 1000 stron: czas budowania ≤ 0.2× czasu Starlight | 40.0 s wobec 100.0 s (0.40×) | **NIESPEŁNIONY** |');
    expect(report).toContain('Niespełnione budżety: 1 z 2.');
  });

  it('names the date, the machine, the command and the peer’s version', () => {
    expect(report).toContain('2026-11-23 17:00 UTC');
    expect(report).toContain('Test CPU, 2 rdzenie, 8192.0 MB RAM; Debian; Node v24.0.0; przeglądarka `/usr/bin/chromium-headless-shell`');
    expect(report).toContain('`npm run bench -- --sizes 100`');
    expect(report).toContain('@astrojs/starlight 0.42.4 na Astro 7.3.5');
  });

  it('puts the ratio row under each size that has both sites', () => {
    expect(report).toContain('| 100 | **nasz / Starlight** | 1.00× | 0.50× | 2.00× | 1.00× | 1.00× | 1.00× |');
    expect(report.match(/\*\*nasz \/ Starlight\*\* \| 1\.00×/g)).toHaveLength(1);
  });

  it('lists the content page’s HTML for every size, to show it does not grow', () => {
    expect(report).toContain('- nasz serwis: 100 stron → 19.5 kB (gzip 4.9 kB); 1000 stron → 19.5 kB (gzip 4.9 kB)');
  });
});

describe('the largest HTML pages', () => {
  const grown = (generated: number, largest: number): BuildResult => ({
    ...build('nasz serwis', generated, 10, 20_000),
    largestPages: [
      { path: '/projekty/a/', bytes: largest },
      { path: '/wskazniki/', bytes: 130 * 1024 },
    ],
  });

  it('get a section that lists them per size and site, so the report shows whether they stay flat', () => {
    const report = reportOf([grown(1000, 138 * 1024), grown(5000, 138 * 1024)]);
    expect(report).toContain('## Największe strony HTML');
    expect(report).toContain('| 1000 | nasz serwis | 1 | `/projekty/a/` | 138.0 kB |');
    expect(report).toContain('| 5000 | nasz serwis | 2 | `/wskazniki/` | 130.0 kB |');
  });

  it('are left out of a report whose builds did not measure them', () => {
    const report = reportOf([build('nasz serwis', 100, 10, 20_000)]);
    expect(report).not.toContain('Największe strony HTML');
  });
});
