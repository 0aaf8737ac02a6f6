import { describe, expect, test } from 'vitest';
import { formatDateEn, formatDatePl, formatPeriodEn, formatPeriodPl, latestDate, parseIsoDate, toIsoDate } from './dates.ts';

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe('parseIsoDate', () => {
  test.each([
    ['2024-02-29', utc(2024, 2, 29)],
    ['2028-12-31', utc(2028, 12, 31)],
    [' 2023-10-01 ', utc(2023, 10, 1)],
  ])('reads %s as that calendar day', (text, expected) => {
    expect(parseIsoDate(text)).toEqual({ ok: true, date: expected });
  });

  test.each([
    ['2024-02-30', 'miesiąc 2/2024 ma 29 dni, nie ma dnia 30'],
    ['2023-02-29', 'miesiąc 2/2023 ma 28 dni, nie ma dnia 29'],
    ['2024-13-01', 'nie ma miesiąca 13'],
    ['29.02.2024', 'zapis nie ma postaci RRRR-MM-DD'],
    ['2024-2-9', 'zapis nie ma postaci RRRR-MM-DD'],
  ])('rejects %s instead of rolling it over', (text, reason) => {
    expect(parseIsoDate(text)).toEqual({ ok: false, reason });
  });
});

describe('formatting dates in Polish', () => {
  test('writes the month in the genitive', () => {
    expect(formatDatePl(utc(2024, 2, 29))).toBe('29 lutego 2024');
    expect(formatDatePl(utc(2021, 9, 23))).toBe('23 września 2021');
  });

  test('keeps the ISO form for machines', () => {
    expect(toIsoDate(utc(2018, 12, 3))).toBe('2018-12-03');
  });

  test('writes a period with either end missing', () => {
    expect(formatPeriodPl(utc(2018, 12, 3), utc(2021, 6, 30))).toBe('3 grudnia 2018 – 30 czerwca 2021');
    expect(formatPeriodPl(undefined, utc(2024, 2, 29))).toBe('do 29 lutego 2024');
    expect(formatPeriodPl(utc(2023, 10, 1), undefined)).toBe('od 1 października 2023');
    expect(formatPeriodPl(undefined, undefined)).toBe('brak danych');
  });
});

test('latestDate picks the newest and is undefined for none', () => {
  expect(latestDate([utc(2020, 1, 1), utc(2026, 11, 23), utc(2024, 2, 29)])).toEqual(utc(2026, 11, 23));
  expect(latestDate([])).toBeUndefined();
});

describe('English dates', () => {
  test('are written day month year, the British way', () => {
    expect(formatDateEn(new Date('2024-02-29T00:00:00Z'))).toBe('29 February 2024');
    expect(formatPeriodEn(new Date('2018-12-03T00:00:00Z'), new Date('2021-06-30T00:00:00Z'))).toBe('3 December 2018 – 30 June 2021');
    expect(formatPeriodEn(undefined, new Date('2024-02-29T00:00:00Z'))).toBe('until 29 February 2024');
    expect(formatPeriodEn(undefined, undefined)).toBe('no data');
  });
});
