import { describe, expect, it } from 'vitest';
import { testDigest } from './__fixtures__/packs.ts';
import { definePack } from './pack-definition.ts';
import { buildVersion, packManifest, parseBuildVersion, parsePackManifest, type PackFile } from './pack-manifest.ts';

const definition = definePack({ address: '/programy/rybnik/', title: 'Program w Rybniku', related: [{ path: '/latwy-tekst/rybnik/', title: 'Tekst łatwy' }] });
const files: PackFile[] = [
  { path: '/programy/rybnik/', bytes: 21_000, hash: 'a1' },
  { path: '/latwy-tekst/rybnik/', bytes: 9_000, hash: 'b2' },
  { path: '/_astro/global.css', bytes: 4_000, hash: 'c3' },
];

describe('packManifest', () => {
  const manifest = packManifest(definition, files, testDigest);

  it('adds up the files’ sizes into what saving takes', () => {
    expect(manifest.bytes).toBe(34_000);
    expect(manifest.pages.map((page) => page.path)).toEqual(['/programy/rybnik/', '/latwy-tekst/rybnik/']);
  });

  it('has a short version that changes exactly when a file of the pack changes', () => {
    expect(manifest.version).toMatch(/^[0-9a-f]{16}$/);
    expect(packManifest(definition, files, testDigest).version).toBe(manifest.version);
    const changed = files.map((file) => (file.path === '/_astro/global.css' ? { ...file, hash: 'c4' } : file));
    expect(packManifest(definition, changed, testDigest).version).not.toBe(manifest.version);
  });

  it('reads back as written, and refuses a manifest that is malformed or whose total does not add up', () => {
    expect(parsePackManifest(JSON.parse(JSON.stringify(manifest)))).toEqual(manifest);
    expect(parsePackManifest({ ...manifest, bytes: 1 })).toBeUndefined();
    expect(parsePackManifest({ ...manifest, files: [{ path: '/x/', bytes: -1, hash: 'h' }] })).toBeUndefined();
    expect(parsePackManifest({ ...manifest, pages: [{ path: '/x/' }] })).toBeUndefined();
    expect(parsePackManifest(null)).toBeUndefined();
    expect(parsePackManifest('{}')).toBeUndefined();
  });
});

describe('buildVersion', () => {
  const rybnik = packManifest(definition, files, testDigest);
  const other = packManifest(definePack({ address: '/modele/x/', title: 'X', related: [] }), [{ path: '/modele/x/', bytes: 5, hash: 'z' }], testDigest);

  it('gives every pack’s version by address, and one version for them all that does not depend on their order', () => {
    const version = buildVersion([rybnik, other], testDigest);
    expect(version.packs).toEqual({ '/programy/rybnik/': rybnik.version, '/modele/x/': other.version });
    expect(buildVersion([other, rybnik], testDigest).version).toBe(version.version);
    expect(parseBuildVersion(JSON.parse(JSON.stringify(version)))).toEqual(version);
  });

  it('refuses a version file that is not one', () => {
    expect(parseBuildVersion({ version: 'v', packs: { '/x/': 3 } })).toBeUndefined();
    expect(parseBuildVersion({ packs: {} })).toBeUndefined();
  });
});
