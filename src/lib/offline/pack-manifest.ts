/**
 * A pack's manifest, written after the build at `packManifestPath(address)`: its pages, every
 * file with its size and content hash, the total the reader is told before saving, and a version
 * that changes exactly when a file of the pack changes. And the build's version file, which gives
 * every pack's version in one small request, so a saved pack is refreshed only when it changed.
 * The hash function is handed in (node:crypto at build time).
 */
import type { PackDefinition, PackPage } from './pack-definition.ts';

export interface PackFile {
  /** Site path, e.g. "/_astro/client.abc.js" or "/modele/x/". */
  path: string;
  bytes: number;
  /** Hash of the file's content: a refresh downloads only files whose hash changed. */
  hash: string;
}

export interface PackManifest {
  address: string;
  title: string;
  pages: PackPage[];
  files: PackFile[];
  /** Sum of the files' sizes: what saving takes in the reader's browser. */
  bytes: number;
  version: string;
}

export interface BuildVersion {
  /** Changes when any pack changes. */
  version: string;
  /** Each pack's version by its page address. */
  packs: Record<string, string>;
}

/** Hex digest of a text (a hash function of the edge: SHA-256 at build time). */
export type Digest = (text: string) => string;

/** Short enough to read in a cache name, long enough never to repeat between two builds. */
const VERSION_LENGTH = 16;

export function packManifest(definition: PackDefinition, files: readonly PackFile[], digest: Digest): PackManifest {
  const listed = files.map((file) => ({ ...file }));
  const version = digest(listed.map((file) => `${file.path} ${file.hash}`).join('\n')).slice(0, VERSION_LENGTH);
  return {
    address: definition.address,
    title: definition.title,
    pages: definition.pages.map((page) => ({ ...page })),
    files: listed,
    bytes: listed.reduce((sum, file) => sum + file.bytes, 0),
    version,
  };
}

export function buildVersion(manifests: readonly PackManifest[], digest: Digest): BuildVersion {
  const packs = Object.fromEntries(manifests.map((manifest) => [manifest.address, manifest.version]));
  const listed = Object.entries(packs).sort(([a], [b]) => (a < b ? -1 : 1));
  return { version: digest(listed.map(([address, version]) => `${address} ${version}`).join('\n')).slice(0, VERSION_LENGTH), packs };
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/**
 * A manifest as fetched or stored, checked field by field: the browser acts on it (downloads its
 * files), so anything malformed is refused (undefined) rather than half-used.
 */
export function parsePackManifest(json: unknown): PackManifest | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const { address, title, pages, files, bytes, version } = json as Record<string, unknown>;
  if (!isString(address) || !isString(title) || !isString(version) || !isCount(bytes)) return undefined;
  if (!Array.isArray(pages) || !pages.every((page: Partial<PackPage> | null) => isString(page?.path) && isString(page.title))) return undefined;
  if (!Array.isArray(files) || !files.every((file: Partial<PackFile> | null) => isString(file?.path) && isCount(file.bytes) && isString(file.hash))) {
    return undefined;
  }
  const manifest = { address, title, pages: pages as PackPage[], files: files as PackFile[], bytes, version };
  return manifest.files.reduce((sum, file) => sum + file.bytes, 0) === bytes ? manifest : undefined;
}

export function parseBuildVersion(json: unknown): BuildVersion | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const { version, packs } = json as Record<string, unknown>;
  if (!isString(version) || typeof packs !== 'object' || packs === null) return undefined;
  const entries = Object.entries(packs);
  return entries.every(([, value]) => isString(value)) ? { version, packs: Object.fromEntries(entries) as Record<string, string> } : undefined;
}
