/**
 * The build-output rules of `npm run test:dist` (scripts/check-dist/), run over the built site as
 * tests: one per rule, so `npm test` counts them from vitest's report. A failing rule lists every
 * page it found wrong, as the command prints them.
 */
import { describe, expect, test } from 'vitest';
import { checkSite, RULES } from '../../scripts/check-dist/check-site.ts';
import { DIST } from './support/built-site.ts';

const results = checkSite(DIST, { siteUrl: process.env.KB_SITE_URL || undefined });

describe('the built site passes every rule of the build-output check', () => {
  test('every rule ran over every page', () => {
    expect(results.map((result) => result.rule)).toEqual(RULES.map((rule) => rule.name));
    expect(results.every((result) => result.checkedPages > 100)).toBe(true);
  });

  test.each(results.map((result) => [result.rule, result] as const))('%s', (_rule, result) => {
    expect(result.problems.map((problem) => `${problem.page} : ${problem.message}`)).toEqual([]);
  });
});
