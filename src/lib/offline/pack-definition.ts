/**
 * What a pack is made of, as the pages' build knows it: the page it is saved from and the pages
 * that go with it (its easy-to-read text, its English summary, a course's path and trainings),
 * plus files the pages' scripts read that no HTML names. The files every page needs (styles,
 * scripts, island code, data files it links) are added after the build from the built pages
 * (src/lib/offline/pack-files.ts).
 */
import { pagePath } from './offline-addresses.ts';

export interface PackPage {
  /** The page's address, e.g. "/latwy-tekst/model-kooperacji-dla-miast/". */
  path: string;
  /** What the reader sees in the list of a pack's pages, e.g. "Tekst łatwy do czytania". */
  title: string;
}

export interface PackDefinition {
  /** The page the pack is saved from, e.g. "/modele/model-kooperacji-dla-miast/". */
  address: string;
  title: string;
  /** The pack's pages, its own page first. */
  pages: PackPage[];
  /** Files the pages' scripts fetch (not named in any HTML), e.g. the course path's catalogue. */
  files: string[];
}

export interface PackInput {
  address: string;
  title: string;
  /** Pages that go with it; undefined entries (a counterpart the page does not have) are skipped. */
  related: readonly (PackPage | undefined)[];
  files?: readonly string[];
}

function isPagePath(path: string): boolean {
  return path.startsWith('/') && path.endsWith('/') && !path.startsWith('//');
}

/**
 * A pack's definition: addresses without query or fragment (a course path's `?t=…` is read by the
 * saved page from its own address), each page once, the pack's own page first.
 */
export function definePack({ address, title, related, files = [] }: PackInput): PackDefinition {
  const own = pagePath(address);
  const pages: PackPage[] = [{ path: own, title }];
  for (const page of related) {
    if (!page) continue;
    const path = pagePath(page.path);
    if (!pages.some((known) => known.path === path)) pages.push({ path, title: page.title });
  }
  const invalid = pages.filter((page) => !isPagePath(page.path)).map((page) => page.path);
  if (invalid.length > 0) throw new Error(`Pakiet ${own}: adresy stron muszą zaczynać się i kończyć ukośnikiem: ${invalid.join(', ')}.`);
  return { address: own, title, pages, files: [...new Set(files.map(pagePath))] };
}

/** The definitions file the pages' build writes, read back after the build; a broken file stops the build. */
export function parsePackDefinitions(json: unknown): PackDefinition[] {
  const packs = (json as { packs?: unknown } | null)?.packs;
  if (!Array.isArray(packs)) throw new Error('Plik definicji pakietów nie ma listy „packs”.');
  return packs.map((pack: unknown, index) => {
    const { address, title, pages, files } = (pack ?? {}) as Partial<PackDefinition>;
    const valid =
      typeof address === 'string' &&
      typeof title === 'string' &&
      Array.isArray(pages) &&
      pages.every((page) => typeof page?.path === 'string' && typeof page.title === 'string') &&
      Array.isArray(files) &&
      files.every((file) => typeof file === 'string');
    if (!valid) throw new Error(`Definicja pakietu nr ${index + 1} jest niepełna: potrzebne address, title, pages (path, title) i files.`);
    return { address, title, pages, files };
  });
}
