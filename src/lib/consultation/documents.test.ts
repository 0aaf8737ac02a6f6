import { describe, expect, test } from 'vitest';
import { documentIdOf, groupVersions, versionPairs } from './documents.ts';

describe('groupVersions', () => {
  test('groups version entries by document, oldest first, the newest as the current text', () => {
    const entries = [
      { id: 'b/1', data: { version: 1 } },
      { id: 'a/2', data: { version: 2 } },
      { id: 'a/10', data: { version: 10 } },
      { id: 'a/1', data: { version: 1 } },
    ];
    const documents = groupVersions(entries);
    expect(documents.map((document) => document.id)).toEqual(['a', 'b']);
    expect(documents[0]?.versions.map((version) => version.data.version)).toEqual([1, 2, 10]);
    expect(documents[0]?.current.id).toBe('a/10');
  });

  test('an id without a document part is a programming error with a clear message', () => {
    expect(() => documentIdOf('poradnik')).toThrow('dokument/numer');
  });
});

describe('versionPairs', () => {
  test('every older–newer pair, newest first', () => {
    expect(versionPairs([1, 2, 3])).toEqual([
      [2, 3],
      [1, 3],
      [1, 2],
    ]);
    expect(versionPairs([1])).toEqual([]);
  });
});
