import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildHeapLimitMb, buildMemoryEnv, countPageFiles, MIN_HEAP_MB } from './build-memory.ts';

const root = mkdtempSync(path.join(tmpdir(), 'kb-heap-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('buildHeapLimitMb', () => {
  it('keeps the floor for small sites and grows with the pages of a large one', () => {
    expect(buildHeapLimitMb(160)).toBe(MIN_HEAP_MB);
    expect(buildHeapLimitMb(5_000)).toBe(MIN_HEAP_MB);
    expect(buildHeapLimitMb(20_000)).toBe(1056);
    expect(buildHeapLimitMb(40_000)).toBe(1856);
  });

  it('takes a positive whole number of MB from the override and ignores anything else', () => {
    expect(buildHeapLimitMb(160, '3072')).toBe(3072);
    for (const bad of ['', '0', '-5', 'dużo', '1.5']) expect(buildHeapLimitMb(20_000, bad)).toBe(1056);
  });
});

describe('buildMemoryEnv', () => {
  it('adds the heap limit to NODE_OPTIONS and mimalloc’s settings, keeping what the caller set', () => {
    const env = buildMemoryEnv({ NODE_OPTIONS: '--enable-source-maps', MIMALLOC_PURGE_DELAY: '10', PATH: '/bin' }, 20_000);
    expect(env.NODE_OPTIONS).toBe('--enable-source-maps --max-old-space-size=1056 --max-semi-space-size=8');
    expect(env.MIMALLOC_PURGE_DELAY).toBe('10');
    expect(env.MIMALLOC_ARENA_EAGER_COMMIT).toBe('0');
    expect(env.PATH).toBe('/bin');
  });

  it('takes the heap limit from KB_BUILD_HEAP_MB', () => {
    expect(buildMemoryEnv({ KB_BUILD_HEAP_MB: '2048' }, 100).NODE_OPTIONS).toBe('--max-old-space-size=2048 --max-semi-space-size=8');
  });

  it('keeps a semi-space size the caller set', () => {
    expect(buildMemoryEnv({ NODE_OPTIONS: '--max-semi-space-size=32' }, 100).NODE_OPTIONS).toBe('--max-semi-space-size=32 --max-old-space-size=768');
  });
});

describe('countPageFiles', () => {
  it('counts .md and .mdx files in every folder, nothing else', () => {
    mkdirSync(path.join(root, 'programmes'), { recursive: true });
    mkdirSync(path.join(root, 'guides/poradnik'), { recursive: true });
    for (const file of ['programmes/a.md', 'programmes/b.mdx', 'guides/poradnik/1.mdx', 'glossary.yaml', 'programmes/notatka.txt'])
      writeFileSync(path.join(root, file), '');
    expect(countPageFiles(root)).toBe(3);
  });
});
