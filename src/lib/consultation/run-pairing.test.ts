import { describe, expect, test } from 'vitest';
import { PAIRING_THRESHOLD, pairRuns, type PairableEntry } from './run-pairing.ts';
import { wordCounts } from './word-diff.ts';

const entry = (type: PairableEntry['type'], text: string): PairableEntry => ({ type, words: wordCounts(text) });

describe('pairRuns', () => {
  test('the pairing threshold is about half of the words shared', () => {
    expect(PAIRING_THRESHOLD).toBeGreaterThanOrEqual(0.4);
    expect(PAIRING_THRESHOLD).toBeLessThanOrEqual(0.5);
  });

  test('pairs only texts alike enough, and only of one type; one heading for one heading always pairs', () => {
    const removed = [entry('paragraph', 'Gmina tworzy program.'), entry('paragraph', 'Lista jest jawna.')];
    expect(pairRuns(removed, [entry('paragraph', 'Lista jest jawna i pełna.')])).toEqual([[1, 0]]);
    expect(pairRuns([entry('heading', 'Lista jest jawna')], [entry('paragraph', 'Lista jest jawna')])).toEqual([]);
    expect(pairRuns([entry('heading', 'Zakres')], [entry('heading', 'Kogo obejmuje program')])).toEqual([[0, 0]]);
  });
});
