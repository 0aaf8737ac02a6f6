import { beforeEach, describe, expect, it } from 'vitest';
import { MemoryStorage } from './__fixtures__/memory-storage.ts';
import { manifestOf, testDigest, siteOf } from './__fixtures__/packs.ts';
import { packManifestPath } from './offline-addresses.ts';
import { buildVersion, type PackManifest } from './pack-manifest.ts';
import { refreshOutcome, refreshSavedPacks } from './pack-refresh.ts';
import { savedPack, savePack, type SavedPack } from './pack-store.ts';

const MODEL = '/modele/x/';
const PROJECT = '/projekty/y/';
let site: Map<string, string>;
let storage: MemoryStorage;

/** Publishes the packs' manifests and the build version on the site, as a deployment does. */
function deploy(...manifests: PackManifest[]) {
  for (const manifest of manifests) site.set(packManifestPath(manifest.address), JSON.stringify(manifest));
  return buildVersion(manifests, testDigest);
}

beforeEach(() => {
  site = siteOf({ [MODEL]: 'model v1', [PROJECT]: 'projekt v1', '/_astro/a.css': 'a{}' });
  storage = new MemoryStorage(site);
});

describe('refreshOutcome', () => {
  const pack = { address: MODEL, version: 'v1', siteVersion: 's1' } as SavedPack;

  it.each([
    ['unchecked', { version: 's1', packs: { [MODEL]: 'v2' } }],
    ['current', { version: 's2', packs: { [MODEL]: 'v1' } }],
    ['updated', { version: 's2', packs: { [MODEL]: 'v2' } }],
    ['gone', { version: 's2', packs: {} }],
  ] as const)('is %s for the build version %o', (outcome, current) => {
    expect(refreshOutcome(pack, current)).toBe(outcome);
  });
});

describe('refreshSavedPacks', () => {
  it('after a deployment, saves changed packs anew, marks unchanged ones checked and gone ones gone', async () => {
    const model = manifestOf(site, MODEL, [MODEL, '/_astro/a.css']);
    const project = manifestOf(site, PROJECT, [PROJECT, '/_astro/a.css']);
    await savePack(storage, model);
    await savePack(storage, project);

    site.set(MODEL, 'model v2');
    storage.clock = new Date('2026-06-01T10:00:00Z');
    const newModel = manifestOf(site, MODEL, [MODEL, '/_astro/a.css']);
    const version = deploy(newModel);
    expect(await refreshSavedPacks(storage, version)).toEqual([
      { address: MODEL, outcome: 'updated' },
      { address: PROJECT, outcome: 'gone' },
    ]);
    const refreshed = (await savedPack(storage, MODEL))!;
    expect(refreshed).toMatchObject({ version: newModel.version, updatedAt: '2026-06-01T10:00:00.000Z', siteVersion: version.version });
    expect(storage.caches.named.get(refreshed.cache)!.text(MODEL)).toBe('model v2');
    expect(await savedPack(storage, PROJECT)).toMatchObject({ gone: true, version: project.version });
  });

  it('does nothing at all on a visit when the build is the one last compared with', async () => {
    const model = manifestOf(site, MODEL, [MODEL]);
    await savePack(storage, model);
    const version = deploy(model);
    expect(await refreshSavedPacks(storage, version)).toEqual([{ address: MODEL, outcome: 'current' }]);
    storage.fetched.length = 0;
    expect(await refreshSavedPacks(storage, version)).toEqual([]);
    expect(storage.fetched).toEqual([]);
  });

  it('keeps the old copy and tries again next time when a refresh fails', async () => {
    const first = await savePack(storage, manifestOf(site, MODEL, [MODEL]));
    site.set(MODEL, 'model v2, dłuższy');
    const version = deploy(manifestOf(site, MODEL, [MODEL]));
    storage.failPut = () => true;
    expect(await refreshSavedPacks(storage, version)).toEqual([{ address: MODEL, outcome: 'failed', problem: 'quota' }]);
    expect(await savedPack(storage, MODEL)).toEqual(first);
    storage.failPut = undefined;
    expect(await refreshSavedPacks(storage, version)).toEqual([{ address: MODEL, outcome: 'updated' }]);
  });

  it('does not save a manifest that is not the version the build announced', async () => {
    await savePack(storage, manifestOf(site, MODEL, [MODEL]));
    site.set(MODEL, 'model v2');
    const announced = deploy(manifestOf(site, MODEL, [MODEL]));
    site.set(MODEL, 'model v3, wdrożony w międzyczasie');
    deploy(manifestOf(site, MODEL, [MODEL]));
    expect(await refreshSavedPacks(storage, announced)).toEqual([{ address: MODEL, outcome: 'failed', problem: 'unknown' }]);
  });
});
