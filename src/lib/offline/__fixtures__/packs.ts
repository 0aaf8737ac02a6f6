/** A small built site and its packs' manifests, made the way the build makes them, for the unit tests. */
import { definePack } from '../pack-definition.ts';
import { packManifest, type PackManifest } from '../pack-manifest.ts';
import { byteLength } from './memory-storage.ts';

/**
 * A stand-in for the build's SHA-256 digest (src/lib is kept free of node:crypto, its fixtures too):
 * FNV-1a with four seeds, 32 hex digits, different for every text the tests use.
 */
export function testDigest(text: string): string {
  return [0x811c9dc5, 0x01000193, 0x2a7f3c1d, 0x5bd1e995]
    .map((seed) => {
      let hash = seed;
      for (const char of text) hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193) >>> 0;
      return hash.toString(16).padStart(8, '0');
    })
    .join('');
}

export function siteOf(files: Record<string, string>): Map<string, string> {
  return new Map(Object.entries(files));
}

/** The manifest of a pack of `paths` (its page first) as they are in `site` now. */
export function manifestOf(site: Map<string, string>, address: string, paths: string[], title = 'Model kooperacji dla miast'): PackManifest {
  const definition = definePack({ address, title, related: [] });
  return packManifest(
    definition,
    paths.map((path) => ({ path, bytes: byteLength(site.get(path)!), hash: testDigest(site.get(path)!) })),
    testDigest,
  );
}
