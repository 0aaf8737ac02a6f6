/**
 * The peer: a plain Astro Starlight site building the same synthetic pages as docs, with
 * Starlight's defaults (a sidebar generated from all pages, pagefind search in a dialog), in
 * Polish. Starlight is installed once into a cache folder outside the project, never into the
 * project's package.json.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT, runCommand } from '../lib/project-copy.ts';
import type { GeneratedPage } from './synthetic-content.ts';
import { timedRun, type TimedRun } from './timed-run.ts';

/** Starlight 0.42 is the line whose peer dependency is Astro 7 (`astro: ^7.2.10`). */
export const STARLIGHT_VERSION = '0.42';
const ASTRO_VERSION = '7';
export const PEER_CACHE = path.join(process.env.KB_BENCH_CACHE || path.join(tmpdir(), 'kb-bench-cache'), `starlight-${STARLIGHT_VERSION}`);

const CONFIG = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  site: 'https://example.org',
  integrations: [
    starlight({
      title: 'Baza wiedzy (porównanie)',
      defaultLocale: 'root',
      locales: { root: { label: 'Polski', lang: 'pl' } },
    }),
  ],
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/** Installs Starlight and Astro into the cache folder, unless an earlier run did. */
export async function installPeer(): Promise<string> {
  const marker = path.join(PEER_CACHE, 'node_modules/@astrojs/starlight/package.json');
  if (existsSync(marker)) return PEER_CACHE;
  mkdirSync(PEER_CACHE, { recursive: true });
  writeFileSync(
    path.join(PEER_CACHE, 'package.json'),
    JSON.stringify({ name: 'starlight-peer', private: true, type: 'module', allowScripts: { esbuild: true, sharp: true } }, null, 2),
  );
  const npm = path.join(PROJECT_ROOT, 'node_modules/.bin/npm');
  const result = await runCommand(
    existsSync(npm) ? npm : 'npm',
    ['install', '--no-audit', '--no-fund', `astro@${ASTRO_VERSION}`, `@astrojs/starlight@${STARLIGHT_VERSION}`],
    PEER_CACHE,
  );
  if (result.code !== 0) throw new Error(`Nie udało się zainstalować Starlight w ${PEER_CACHE}:\n${result.output.slice(-3000)}`);
  return PEER_CACHE;
}

export function installedStarlightVersion(): string {
  return (JSON.parse(readFileSync(path.join(PEER_CACHE, 'node_modules/@astrojs/starlight/package.json'), 'utf8')) as { version: string }).version;
}

/** A Starlight page: the same title, description and Markdown body as our page. */
export function starlightDoc(page: GeneratedPage): string {
  return ['---', `title: ${JSON.stringify(page.title)}`, `description: ${JSON.stringify(page.description)}`, '---', '', page.body, ''].join('\n');
}

/** Where the peer publishes a generated page, e.g. `/programmes/gminny-program-…/`. */
export function peerPagePath(page: GeneratedPage): string {
  return `/${page.collection}/${page.id}/`;
}

export async function buildPeer(directory: string, pages: GeneratedPage[]): Promise<TimedRun & { dist: string }> {
  const cache = await installPeer();
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(path.join(directory, 'src/content/docs'), { recursive: true });
  cpSync(path.join(cache, 'package.json'), path.join(directory, 'package.json'));
  symlinkSync(path.join(cache, 'node_modules'), path.join(directory, 'node_modules'));
  writeFileSync(path.join(directory, 'astro.config.mjs'), CONFIG);
  writeFileSync(path.join(directory, 'src/content.config.ts'), CONTENT_CONFIG);
  writeFileSync(
    path.join(directory, 'src/content/docs/index.md'),
    '---\ntitle: Baza wiedzy (porównanie)\ndescription: Strona startowa witryny Starlight do porównania wydajności; treść syntetyczna.\n---\n\nWitryna porównawcza z syntetycznymi stronami.\n',
  );
  for (const page of pages) {
    const file = path.join(directory, 'src/content/docs', page.collection, `${page.id}.md`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, starlightDoc(page));
  }
  const run = await timedRun('astro build', directory, { PATH: `${path.join(cache, 'node_modules/.bin')}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1' });
  if (run.code !== 0) throw new Error(`Budowanie witryny Starlight w ${directory} nie powiodło się:\n${run.output.slice(-4000)}`);
  return { ...run, dist: path.join(directory, 'dist') };
}
