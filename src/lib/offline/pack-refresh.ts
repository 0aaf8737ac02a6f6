/**
 * Keeping saved packs current after a new deployment. The service worker asks for the build's
 * version file on a reader's visit online; a pack whose version there differs from the saved one
 * is saved again from its new manifest (unchanged files copied, the rest downloaded), a pack the
 * site no longer has is marked gone, and the others are marked as checked. Nothing is written
 * when the build version is the one last compared with, so ordinary visits cost one small request.
 */
import { packManifestPath } from './offline-addresses.ts';
import { type OfflineProblem, type OfflineStorage, problemOf } from './offline-storage.ts';
import { parsePackManifest, type BuildVersion, type PackManifest } from './pack-manifest.ts';
import { markChecked, savedPacks, savePack, type SavedPack } from './pack-store.ts';

export type RefreshOutcome = 'updated' | 'current' | 'gone' | 'failed';

export interface RefreshResult {
  address: string;
  outcome: RefreshOutcome;
  problem?: OfflineProblem;
}

/** What a build version means for a saved pack. */
export function refreshOutcome(pack: SavedPack, current: BuildVersion): Exclude<RefreshOutcome, 'failed'> | 'unchecked' {
  if (pack.siteVersion === current.version && !pack.gone) return 'unchecked';
  const version = current.packs[pack.address];
  if (version === undefined) return 'gone';
  return version === pack.version ? 'current' : 'updated';
}

/** A pack's manifest from the site; undefined when it cannot be had or read. */
export async function fetchPackManifest(storage: OfflineStorage, address: string): Promise<PackManifest | undefined> {
  const response = await storage.fetch(packManifestPath(address), true);
  return response.ok ? parsePackManifest(await response.json()) : undefined;
}

/**
 * Brings every saved pack in line with the build version `current`. Returns what happened to each
 * pack that needed anything; a pack that failed (no room, the connection dropped) stays as it was
 * and is tried again on the next visit, since its record still names the old version.
 */
export async function refreshSavedPacks(storage: OfflineStorage, current: BuildVersion): Promise<RefreshResult[]> {
  const results: RefreshResult[] = [];
  for (const pack of await savedPacks(storage)) {
    const outcome = refreshOutcome(pack, current);
    if (outcome === 'unchecked') continue;
    try {
      if (outcome === 'updated') {
        const manifest = await fetchPackManifest(storage, pack.address);
        if (!manifest || manifest.version !== current.packs[pack.address]) throw new Error(`${pack.address}: manifest niezgodny z wersją`);
        await markChecked(storage, await savePack(storage, manifest), current.version);
      } else {
        await markChecked(storage, pack, current.version, outcome === 'gone');
      }
      results.push({ address: pack.address, outcome });
    } catch (error) {
      results.push({ address: pack.address, outcome: 'failed', problem: problemOf(error) });
    }
  }
  return results;
}
