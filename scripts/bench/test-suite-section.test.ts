import { describe, expect, test } from 'vitest';
import { minutesAndSeconds, replaceTestSuiteSection, testSuiteSection, testSuiteSectionOf } from './test-suite-section.ts';

const timing = {
  date: new Date('2026-12-06T21:30:00Z'),
  commit: 'abc1234',
  cores: 2,
  browser: '/usr/bin/chromium-headless-shell',
  installSeconds: 40,
  testSeconds: 160,
  summary: '3400 passed, 0 failed',
  steps: [{ name: 'Testy jednostkowe', passed: 1380, failed: 0, seconds: 50 }],
};

describe('the test-suite section of BENCHMARKS.md', () => {
  test('states the fresh-clone time against the time before', () => {
    const section = testSuiteSection(timing);
    expect(section).toContain('| razem | **3 min 20 s** (0.49× z 6 min 46 s przed przebudową testów) |');
    expect(section).toContain('| Testy jednostkowe | 1380 | 0 | 50 s |');
    expect(section).toContain('Wynik: 3400 passed, 0 failed.');
    expect(section).toContain('commit abc1234, 2 rdzenie, przeglądarka `/usr/bin/chromium-headless-shell`.');
  });

  test('with an earlier commit measured on the same machine, states the time against it too', () => {
    const before = { commit: 'db7f236', installSeconds: 25, testSeconds: 1156, summary: '3063 passed, 1 failed' };
    const section = testSuiteSection({ ...timing, before });
    expect(section).toContain('| razem | **3 min 20 s** (0.49× z 6 min 46 s przed przebudową testów; 0.17× z 19 min 41 s zmierzonych tu dla db7f236) |');
    expect(section).toContain('| oba polecenia na świeżym klonie db7f236, na tej samej maszynie | 19 min 41 s (3063 passed, 1 failed) |');
    expect(testSuiteSection(timing)).not.toContain('db7f236');
  });

  test('replaces only its own section, or is added at the end', () => {
    const section = testSuiteSection(timing);
    const document = `# Pomiary\n\nreszta\n\n${testSuiteSection({ ...timing, testSeconds: 999 })}\n\nkoniec\n`;
    const replaced = replaceTestSuiteSection(document, section);
    expect(replaced).toBe(`# Pomiary\n\nreszta\n\n${section}\n\nkoniec\n`);
    expect(testSuiteSectionOf(replaced)).toBe(section);
    expect(replaceTestSuiteSection('# Pomiary\n', section)).toBe(`# Pomiary\n\n${section}\n`);
    expect(testSuiteSectionOf('# Pomiary\n')).toBeUndefined();
  });

  test('writes times as minutes and seconds', () => {
    expect(minutesAndSeconds(406)).toBe('6 min 46 s');
    expect(minutesAndSeconds(59.6)).toBe('1 min 0 s');
    expect(minutesAndSeconds(42)).toBe('42 s');
  });
});
