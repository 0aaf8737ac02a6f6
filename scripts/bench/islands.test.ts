import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pagefindParts } from './islands.ts';

const dist = mkdtempSync(path.join(tmpdir(), 'kb-islands-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

function file(name: string, bytes: number): void {
  mkdirSync(path.dirname(path.join(dist, name)), { recursive: true });
  writeFileSync(path.join(dist, name), 'x'.repeat(bytes));
}

describe('pagefindParts', () => {
  it('sums each kind of file over every part of the index', () => {
    file('pagefind/pagefind.js', 100);
    file('pagefind/pagefind-entry.json', 10);
    file('pagefind/shards.json', 5);
    file('pagefind/fragment/a.pf_fragment', 20);
    file('pagefind/index/a.pf_index', 30);
    file('pagefind/shards/2/pagefind-entry.json', 10);
    file('pagefind/shards/2/fragment/b.pf_fragment', 25);
    file('pagefind/shards/2/index/b.pf_index', 35);
    file('pagefind/shards/12/fragment/c.pf_fragment', 40);
    expect(Object.fromEntries(pagefindParts(dist).map((row) => [row.name, { files: row.files, raw: row.raw }]))).toEqual({
      'pliki główne': { files: 4, raw: 125 },
      fragment: { files: 3, raw: 85 },
      index: { files: 2, raw: 65 },
    });
  });
});
