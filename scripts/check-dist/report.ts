/** Turns rule results into the lines `npm test` prints; the last one is parsed by scripts/test.ts. */
import { countPl } from '../../src/lib/plural.ts';
import type { RuleResult } from './types.ts';

export function summaryLine(passed: number, failed: number): string {
  return `check-dist: ${passed} passed, ${failed} failed`;
}

export function formatReport(results: readonly RuleResult[]): string[] {
  const lines: string[] = [];
  for (const result of results) {
    if (result.problems.length === 0) {
      lines.push(`✓ ${result.rule}: ${countPl(result.checkedPages, { one: 'strona', few: 'strony', many: 'stron' })}`);
      continue;
    }
    lines.push(`✗ ${result.rule}: ${countPl(result.problems.length, { one: 'problem', few: 'problemy', many: 'problemów' })}`);
    for (const problem of result.problems) lines.push(`  - ${problem.page} : ${problem.message}`);
  }
  const failed = results.filter((result) => result.problems.length > 0).length;
  lines.push(summaryLine(results.length - failed, failed));
  return lines;
}
