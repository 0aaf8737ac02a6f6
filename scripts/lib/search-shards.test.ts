import { describe, expect, it } from 'vitest';
import { DEFAULT_SHARD_PAGES, indexedPages, shardPageLimit, splitIntoShards } from './search-shards.ts';

describe('shardPageLimit', () => {
  it('is the default without a setting', () => {
    expect(shardPageLimit(undefined)).toBe(DEFAULT_SHARD_PAGES);
    expect(shardPageLimit(' ')).toBe(DEFAULT_SHARD_PAGES);
  });

  it('takes a whole number of pages from 1', () => {
    expect(shardPageLimit('250')).toBe(250);
    expect(shardPageLimit('1')).toBe(1);
  });

  it('refuses anything else, in Polish, naming the setting and the value', () => {
    for (const value of ['0', '-5', '2.5', 'dużo', '1e9x']) {
      expect(() => shardPageLimit(value)).toThrow(
        `KB_SEARCH_SHARD_PAGES: oczekiwano liczby stron w jednej części indeksu wyszukiwarki (całkowitej, co najmniej 1), jest „${value}”`,
      );
    }
  });
});

describe('indexedPages', () => {
  it('keeps only the pages marked with data-pagefind-body once any page is marked, as pagefind does for a whole site', () => {
    expect(
      indexedPages([
        { file: 'a/index.html', hasBody: true },
        { file: '404.html', hasBody: false },
        { file: 'b/index.html', hasBody: true },
      ]),
    ).toEqual(['a/index.html', 'b/index.html']);
  });

  it('keeps every page when none is marked', () => {
    expect(indexedPages([{ file: 'a/index.html', hasBody: false }])).toEqual(['a/index.html']);
  });
});

describe('splitIntoShards', () => {
  const files = (count: number) => Array.from({ length: count }, (_, index) => `p${String(index).padStart(3, '0')}/index.html`);

  it('puts a site within the limit into one part, in path order', () => {
    expect(splitIntoShards(['b/index.html', 'a/index.html', '404.html'], 3)).toEqual([['404.html', 'a/index.html', 'b/index.html']]);
    expect(splitIntoShards([], 10)).toEqual([[]]);
  });

  it('uses the fewest parts of at most the limit, which differ by one page at most', () => {
    const shards = splitIntoShards(files(1001), 250);
    expect(shards).toHaveLength(5);
    expect(shards.map((shard) => shard.length)).toEqual([201, 200, 200, 200, 200]);
    expect(splitIntoShards(files(1000), 250).map((shard) => shard.length)).toEqual([250, 250, 250, 250]);
  });

  it('deals the pages out in path order, so every part holds some of every section', () => {
    expect(splitIntoShards(['c1', 'a1', 'b2', 'a2', 'b1', 'c2'], 2)).toEqual([
      ['a1', 'b2'],
      ['a2', 'c1'],
      ['b1', 'c2'],
    ]);
  });

  it('holds every page exactly once, and gives the same parts whatever order the files came in', () => {
    const all = files(997);
    const shards = splitIntoShards(all, 100);
    expect(shards.flat().sort()).toEqual(all);
    expect(splitIntoShards([...all].reverse(), 100)).toEqual(shards);
    expect(Math.max(...shards.map((shard) => shard.length))).toBeLessThanOrEqual(100);
  });

  it('refuses a limit that is not a whole number from 1', () => {
    expect(() => splitIntoShards(files(3), 0)).toThrow(RangeError);
  });
});
