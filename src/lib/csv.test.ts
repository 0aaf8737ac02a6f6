import { describe, expect, it } from 'vitest';
import { csvDecimal, csvField, csvMoney, parseCsv, toCsv } from './csv.ts';

describe('toCsv', () => {
  it('starts with a byte-order mark, separates fields with semicolons and ends every line with CRLF', () => {
    expect(toCsv(['Projekt', 'Kwota (zł)'], [['Liderzy Kooperacji', '31023712,56']])).toBe('\uFEFFProjekt;Kwota (zł)\r\nLiderzy Kooperacji;31023712,56\r\n');
  });

  it('writes only the header row when there are no rows', () => {
    expect(toCsv(['A', 'B'], [])).toBe('\uFEFFA;B\r\n');
  });

  it('refuses a row with a different number of fields than the header, naming the row', () => {
    expect(() => toCsv(['A', 'B'], [['1', '2'], ['3']])).toThrow('Wiersz 2 pliku CSV ma 1 pól, a nagłówek 2');
  });
});

describe('csvField', () => {
  it.each([
    ['zwykły tekst', 'zwykły tekst'],
    ['a;b', '"a;b"'],
    ['cytat „x” i "y"', '"cytat „x” i ""y"""'],
    ['dwie\nlinie', '"dwie\nlinie"'],
    [' spacja na początku', '" spacja na początku"'],
    ['', ''],
  ])('writes %j as %j', (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });
});

describe('csvDecimal', () => {
  it.each([
    [0, '0'],
    [50, '50'],
    [1234.5, '1234,5'],
    [49.6, '49,6'],
    [12894064, '12894064'],
    [0.125, '0,13'],
    [-0, '0'],
  ])('writes %d with a decimal comma and no thousands separator: %s', (value, expected) => {
    expect(csvDecimal(value)).toBe(expected);
  });

  it('refuses values that are not finite numbers', () => {
    expect(() => csvDecimal(Number.NaN)).toThrow('skończona');
  });
});

describe('csvMoney', () => {
  it.each([
    [1660715136, '16607151,36'],
    [2636833877, '26368338,77'],
    [1289406400, '12894064,00'],
    [5, '0,05'],
    [0, '0,00'],
  ])('writes %d grosze as %s złoty, computed in integers', (grosze, expected) => {
    expect(csvMoney(grosze)).toBe(expected);
  });

  it('refuses fractions of a grosz', () => {
    expect(() => csvMoney(10.5)).toThrow('liczbą całkowitą');
  });
});

describe('parseCsv', () => {
  it('reads back what toCsv wrote, quotes and separators included', () => {
    const rows = [
      ['Dać to, czego naprawdę potrzeba', '', 'nie podano: wartość; części'],
      ['Model „Miasta” "cytat"', '12894064,00', 'dwie\r\nlinie'],
    ];
    expect(parseCsv(toCsv(['Projekt', 'Kwota', 'Uwagi'], rows))).toEqual([['Projekt', 'Kwota', 'Uwagi'], ...rows]);
  });

  it('keeps an empty last field', () => {
    expect(parseCsv('\uFEFFa;b\r\n1;\r\n')).toEqual([
      ['a', 'b'],
      ['1', ''],
    ]);
  });
});
