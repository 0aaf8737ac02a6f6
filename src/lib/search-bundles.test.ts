import { describe, expect, it } from 'vitest';
import { SEARCH_BUNDLE, shardBundlePath, shardBundlesFrom, shardManifest } from './search-bundles.ts';

describe('search bundles', () => {
  it('keeps the first part at pagefind’s own address and numbers the others from 2', () => {
    expect(shardBundlePath(1)).toBe(SEARCH_BUNDLE);
    expect(shardBundlePath(1)).toBe('/pagefind/');
    expect(shardBundlePath(2)).toBe('/pagefind/shards/2/');
    expect(shardBundlePath(12)).toBe('/pagefind/shards/12/');
    expect(() => shardBundlePath(0)).toThrow(RangeError);
  });

  it('lists the parts after the first: none for an index in one part', () => {
    expect(shardManifest(1)).toEqual({ bundles: [] });
    expect(shardManifest(3)).toEqual({ bundles: ['/pagefind/shards/2/', '/pagefind/shards/3/'] });
  });

  it('reads back what it writes', () => {
    const written = JSON.parse(JSON.stringify(shardManifest(4))) as unknown;
    expect(shardBundlesFrom(written)).toEqual(['/pagefind/shards/2/', '/pagefind/shards/3/', '/pagefind/shards/4/']);
    expect(shardBundlesFrom({ bundles: [] })).toEqual([]);
  });

  it('refuses a list that is not this site’s own parts', () => {
    for (const manifest of [
      null,
      [],
      {},
      { bundles: '/pagefind/shards/2/' },
      { bundles: ['https://example.org/pagefind/'] },
      { bundles: ['/pagefind/'] },
      { bundles: ['/pagefind/shards/2'] },
      { bundles: ['/pagefind/shards/../../x/'] },
      { bundles: [2] },
    ]) {
      expect(() => shardBundlesFrom(manifest), JSON.stringify(manifest)).toThrow('/pagefind/shards.json: oczekiwano');
    }
  });
});
