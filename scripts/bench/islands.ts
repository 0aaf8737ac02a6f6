/**
 * The pagefind index by part, and the JavaScript of each island in dist/_astro (its own chunk and
 * the chunks it imports), on one built site.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { filesUnder } from './measure-dist.ts';
import { staticModuleGraph } from '../../src/lib/page-assets.ts';
import { gzipSize, siteFileReader } from '../lib/page-weight.ts';

export interface SizeRow {
  name: string;
  files?: number;
  raw: number;
  gzip?: number;
  withImportsRaw?: number;
  withImportsGzip?: number;
}

/**
 * Files of the search index by kind (pagefind's `fragment/`, `index/`, `filter/` folders, its other
 * files), summed over every part of the index: `pagefind/` and each `pagefind/shards/N/`.
 */
export function pagefindParts(dist: string): SizeRow[] {
  const root = path.join(dist, 'pagefind');
  const byKind = new Map<string, SizeRow>();
  for (const file of filesUnder(root)) {
    const relative = path.relative(root, file).split(path.sep);
    // A further part's files count with the same kind of file of the first part.
    if (relative[0] === 'shards' && relative.length > 2) relative.splice(0, 2);
    const name = relative.length > 1 ? relative[0]! : 'pliki główne';
    const row = byKind.get(name) ?? { name, files: 0, raw: 0 };
    row.files! += 1;
    row.raw += statSync(file).size;
    byKind.set(name, row);
  }
  const vocabulary = path.join(dist, 'szukaj', 'slownik.json');
  return [...byKind.values(), ...(existsSync(vocabulary) ? [{ name: 'słownik zapytań (szukaj/slownik.json)', files: 1, raw: statSync(vocabulary).size }] : [])];
}

export function islandScripts(dist: string, islandsSource = 'src/islands'): SizeRow[] {
  const astro = path.join(dist, '_astro');
  const chunks = readdirSync(astro).filter((name) => name.endsWith('.js'));
  const read = siteFileReader(dist);
  const row = (name: string, chunk: string): SizeRow => {
    const own = readFileSync(path.join(astro, chunk));
    const all = staticModuleGraph([`/_astro/${chunk}`], read).modules.map((sitePath) => Buffer.from(read(sitePath)!));
    return {
      name,
      raw: own.length,
      gzip: gzipSize(own),
      withImportsRaw: all.reduce((sum, source) => sum + source.length, 0),
      withImportsGzip: all.reduce((sum, source) => sum + gzipSize(source), 0),
    };
  };
  const islands = existsSync(islandsSource)
    ? readdirSync(islandsSource)
        .filter((name) => /\.(tsx|jsx)$/.test(name))
        .map((name) => name.replace(/\.[^.]+$/, ''))
    : [];
  const rows = islands.flatMap((name) => {
    const own = chunks.find((chunk) => chunk.startsWith(`${name}.`));
    return own ? [row(name, own)] : [];
  });
  // Astro's React renderer (react-dom), loaded once for all React islands.
  const renderer = chunks.find((chunk) => /^client\./.test(chunk));
  if (renderer) rows.push(row('renderer React (wspólny)', renderer));
  return rows;
}
