import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { STORE_KEY_NAME } from '../pipeline/handoff.ts';
import { storeModuleCode } from './data-store-from-disk.ts';

const folder = mkdtempSync(path.join(os.tmpdir(), 'kb-store-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Imports the generated module as the renderer would. */
async function importStore(storeFile: string): Promise<unknown> {
  const module = path.join(folder, `store-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(module, storeModuleCode(storeFile));
  return ((await import(pathToFileURL(module).href)) as { default: unknown }).default;
}

const storeKey = Symbol.for(STORE_KEY_NAME);

describe('storeModuleCode', () => {
  afterEach(() => {
    delete (globalThis as Record<symbol, unknown>)[storeKey];
  });

  it('exports the collections this process synced, the same objects, rather than reading the file', async () => {
    const entry = { id: 'program-rybnik', data: { title: 'Program' } };
    const synced = new Map([['programmes', new Map([[entry.id, entry]])]]);
    (globalThis as Record<symbol, unknown>)[storeKey] = synced;
    const file = path.join(folder, 'other-store.json');
    writeFileSync(file, JSON.stringify([['Map'], 'never read']));
    const store = await importStore(file);
    expect(store).toBe(synced);
    expect((store as typeof synced).get('programmes')!.get(entry.id)).toBe(entry);
  });

  it('exports the store file parsed, as Astro’s bundled module does', async () => {
    const store = [['Map', 1, 2], 'programmes', { id: 3 }, 'program-„rybnik”'];
    const file = path.join(folder, 'data-store.json');
    writeFileSync(file, JSON.stringify(store));
    expect(await importStore(file)).toEqual(store);
  });

  it('exports an empty store when no content was synced', async () => {
    expect(await importStore(path.join(folder, 'missing', 'data-store.json'))).toEqual(new Map());
  });

  it('names the file in the code, not its contents', () => {
    expect(storeModuleCode('/tmp/x/data-store.json')).toContain('"/tmp/x/data-store.json"');
  });
});
