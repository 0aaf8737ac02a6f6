import { describe, expect, test } from 'vitest';
import { editDistance, findReferences, suggestId } from './references.ts';

const collections = new Set(['institutions', 'places', 'sources']);

describe('findReferences', () => {
  test('finds references at any depth with the path to their field', () => {
    const data = {
      lead: { collection: 'institutions', id: 'rops-kielce' },
      partners: [{ collection: 'institutions', id: 'rops-lublin' }],
      budget: { total: 1, source: { collection: 'sources', id: 'zrodlo' } },
      otherParticipants: [{ institution: { collection: 'institutions', id: 'ops-rybnik' }, role: 'realizator' }],
    };
    expect(findReferences(data, collections)).toEqual([
      { path: ['lead'], collection: 'institutions', id: 'rops-kielce' },
      { path: ['partners', 0], collection: 'institutions', id: 'rops-lublin' },
      { path: ['budget', 'source'], collection: 'sources', id: 'zrodlo' },
      { path: ['otherParticipants', 0, 'institution'], collection: 'institutions', id: 'ops-rybnik' },
    ]);
  });

  test('ignores objects that only look like references to unknown collections, and dates', () => {
    expect(findReferences({ a: { collection: 'recipes', id: 'x' }, updated: new Date() }, collections)).toEqual([]);
  });
});

describe('suggestId', () => {
  const known = ['rops-bialystok', 'rops-kielce', 'wojewodztwo-podlaskie', 'wojewodztwo-testowe'];

  test('suggests the id one typo away', () => {
    expect(suggestId('rops-bialystk', known)).toBe('rops-bialystok');
    expect(suggestId('rops-kilece', known)).toBe('rops-kielce');
  });

  test('does not guess when nothing is close', () => {
    expect(suggestId('wojewodztwo-slaskie', known)).toBeUndefined();
    expect(suggestId('fundacja-imago', known)).toBeUndefined();
  });
});

test('editDistance counts insertions, deletions and substitutions', () => {
  expect(editDistance('kitten', 'sitting')).toBe(3);
  expect(editDistance('', 'abc')).toBe(3);
  expect(editDistance('same', 'same')).toBe(0);
});
