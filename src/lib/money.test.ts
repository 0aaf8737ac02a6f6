import { describe, expect, test } from 'vitest';
import { formatMoneyEn, formatMoneyPl, parseMoney, toGrosze, toZloty } from './money.ts';

describe('parseMoney', () => {
  test.each([
    [16607151.36, 16607151.36],
    ['16 607 151,36', 16607151.36],
    ['12 894 064,00 zł', 12894064],
    ['4 655 373,79 PLN', 4655373.79],
    ['2902930.06', 2902930.06],
    [0, 0],
  ])('reads %j exactly', (input, expected) => {
    expect(parseMoney(input)).toEqual({ ok: true, value: expected });
  });

  test.each([
    [-5, 'kwota nie może być ujemna'],
    ['-5,00', 'kwota nie może być ujemna'],
    [100.005, 'kwota ma więcej niż dwa miejsca po przecinku (grosze)'],
    ['16.607.151,36', 'zapis kwoty nie jest rozpoznawalny'],
    ['dużo', 'zapis kwoty nie jest rozpoznawalny'],
    [Number.NaN, 'to nie jest liczba'],
    [null, 'kwota musi być liczbą'],
  ])('rejects %j', (input, reason) => {
    expect(parseMoney(input)).toEqual({ ok: false, reason });
  });
});

describe('formatMoneyPl', () => {
  test('uses non-breaking spaces for thousands and a comma before the grosze', () => {
    expect(formatMoneyPl(16607151.36)).toBe('16\u00a0607\u00a0151,36\u00a0zł');
    expect(formatMoneyPl(12894064)).toBe('12\u00a0894\u00a0064,00\u00a0zł');
  });
});

test('adding in whole grosze makes the co-financing parts add up to the total exactly', () => {
  expect(toZloty(toGrosze(13704221.3) + toGrosze(2902930.06))).toBe(16607151.36);
  expect(toZloty(toGrosze(0.1) + toGrosze(0.2))).toBe(0.3);
});

describe('formatMoneyEn', () => {
  test('writes the amount to the grosz with the currency code, thousands with commas', () => {
    expect(formatMoneyEn(31023712.56).replace(/\s/g, ' ')).toBe('PLN 31,023,712.56');
    expect(formatMoneyEn(12894064).replace(/\s/g, ' ')).toBe('PLN 12,894,064.00');
  });
});
