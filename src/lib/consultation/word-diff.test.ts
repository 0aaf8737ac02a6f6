import { describe, expect, test } from 'vitest';
import { textOfSide } from './__fixtures__/word-parts.ts';
import { wordParts, wordSimilarity } from './word-diff.ts';

describe('wordSimilarity', () => {
  test.each([
    ['Gmina tworzy program.', 'Gmina tworzy program.', 1],
    ['Gmina tworzy program.', 'GMINA TWORZY PROGRAM!', 1],
    ['jeden dwa', 'trzy cztery', 0],
    ['jeden dwa trzy cztery', 'jeden dwa pięć sześć', 0.5],
    ['', '', 0],
    ['— …', '—', 0],
    ['opieka opieka', 'opieka', 2 / 3],
  ])('%j and %j: %d', (left, right, expected) => {
    expect(wordSimilarity(left, right)).toBeCloseTo(expected);
  });
});

describe('wordParts', () => {
  test.each([
    ['', ''],
    ['', 'nowy tekst'],
    ['stary tekst', ''],
    ['a  b\tc', 'a b c'],
    ['zażółć gęślą jaźń', 'zażółć gęsią jaźń'],
    ['linia 1\r\nlinia 2', 'linia 1\nlinia 2'],
    ['Koszt: 1 234,50 zł; VAT 23%.', 'Koszt: 1 300,00 zł; VAT 8%.'],
  ])('parts of %j → %j join back into both texts', (before, after) => {
    const parts = wordParts(before, after);
    expect(textOfSide(parts, 'removed')).toBe(before);
    expect(textOfSide(parts, 'added')).toBe(after);
  });
});
