import { expect, test } from 'vitest';
import { formatIndicatorValue, formatNumberPl } from './numbers.ts';
import { countPl } from './plural.ts';

test.each([
  [789, 'osoby', '789 osób'],
  [830, 'osoby', '830 osób'],
  [1, 'osoby', '1 osoba'],
  [22, 'osoby', '22 osoby'],
  [12, 'osoby', '12 osób'],
  [50, '%', '50%'],
] as const)('indicator value %d %s reads "%s"', (value, unit, expected) => {
  expect(formatIndicatorValue(value, unit)).toBe(expected);
});

test('large numbers get a non-breaking space between thousands', () => {
  expect(formatNumberPl(12345)).toBe('12\u00a0345');
  expect(formatNumberPl(2.5)).toBe('2,5');
});

test('countPl picks the Polish form for the count', () => {
  const forms = { one: 'błąd', few: 'błędy', many: 'błędów' };
  expect([1, 2, 5, 12, 22, 25].map((count) => countPl(count, forms))).toEqual(['1 błąd', '2 błędy', '5 błędów', '12 błędów', '22 błędy', '25 błędów']);
});
