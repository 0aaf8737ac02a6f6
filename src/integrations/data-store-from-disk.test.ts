import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { storeModuleCode } from './data-store-from-disk.ts';

const folder = mkdtempSync(path.join(os.tmpdir(), 'kb-store-'));

/** Imports the generated module as the renderer would. */
async function importStore(storeFile: string): Promise<unknown> {
  const module = path.join(folder, `store-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(module, storeModuleCode(storeFile));
  return ((await import(pathToFileURL(module).href)) as { default: unknown }).default;
}

describe('storeModuleCode', () => {
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
