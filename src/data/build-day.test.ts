import { describe, expect, test } from 'vitest';
import { buildDayFrom } from './build-day.ts';

describe('buildDayFrom', () => {
  test('is the day in Warsaw when nothing is set: 23:30 UTC on 31 December is already New Year there', () => {
    expect(buildDayFrom(undefined, new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(buildDayFrom('', new Date('2026-12-07T10:00:00Z'))).toBe('2026-12-07');
  });

  test('takes the day KB_BUILD_DAY names', () => {
    expect(buildDayFrom('2027-01-15', new Date('2026-12-07T10:00:00Z'))).toBe('2027-01-15');
  });

  test('refuses a value that is not a day, naming the variable', () => {
    expect(() => buildDayFrom('2027-02-30', new Date())).toThrow(/KB_BUILD_DAY: „2027-02-30” nie jest dniem \(miesiąc 2\/2027 ma 28 dni/);
    expect(() => buildDayFrom('jutro', new Date())).toThrow(/KB_BUILD_DAY: „jutro”/);
  });
});
