/**
 * `npm run bench`: what search and the islands cost the reader, measured on the built site in
 * dist/ (it builds nothing; run `npm run build` first).
 *
 * - the pagefind index on disk, and what a first search downloads (pagefind's script, WASM,
 *   index chunks and fragments, the search vocabulary), from the browser's network events;
 * - the time from opening /szukaj/?q=… in a fresh browser context to the first result on screen
 *   (median of several runs per query, cold cache each time);
 * - the JavaScript of each island in dist/_astro: its own chunk and the chunks it imports.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumOnThisMachine, LAUNCH_ARGS } from './lib/chromium.ts';
import { MISSING_CHROMIUM_MESSAGE } from './lib/find-chromium.ts';
import { startStaticServer } from './lib/static-server.ts';

const DIST = process.env.KB_DIST_DIR || 'dist';
const QUERIES = ['opieka wytchnieniowa', 'spoleczna', 'CUS', 'Michałowo'];
const RUNS = 5;

if (!existsSync(path.join(DIST, 'index.html')) || !existsSync(path.join(DIST, 'pagefind'))) {
  console.error(`Brak zbudowanej strony z indeksem wyszukiwania w ${DIST}/. Uruchom najpierw: npm run build`);
  process.exit(1);
}

function kB(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')).join('\n');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

// --- index on disk ---
const pagefindFiles = filesUnder(path.join(DIST, 'pagefind'));
const indexBytes = pagefindFiles.reduce((sum, file) => sum + statSync(file).size, 0);
const byKind = new Map<string, { files: number; bytes: number }>();
for (const file of pagefindFiles) {
  const relative = path.relative(path.join(DIST, 'pagefind'), file);
  const kind = relative.includes(path.sep) ? relative.split(path.sep)[0]! : 'pliki główne';
  const tally = byKind.get(kind) ?? { files: 0, bytes: 0 };
  tally.files += 1;
  tally.bytes += statSync(file).size;
  byKind.set(kind, tally);
}
const vocabularyFile = path.join(DIST, 'szukaj', 'slownik.json');
console.log('Indeks pagefind (dist/pagefind)');
console.log(
  table([
    ['część', 'pliki', 'rozmiar'],
    ...[...byKind].map(([kind, { files, bytes }]) => [kind, String(files), kB(bytes)]),
    ['razem', String(pagefindFiles.length), kB(indexBytes)],
    ...(existsSync(vocabularyFile) ? [['słownik zapytań (szukaj/slownik.json)', '1', kB(statSync(vocabularyFile).size)]] : []),
  ]),
);

// --- islands ---
const astroDirectory = path.join(DIST, '_astro');
const chunks = readdirSync(astroDirectory).filter((name) => name.endsWith('.js'));
function importsOf(chunk: string, seen = new Set<string>()): Set<string> {
  if (seen.has(chunk)) return seen;
  seen.add(chunk);
  const source = readFileSync(path.join(astroDirectory, chunk), 'utf8');
  for (const match of source.matchAll(/(?:import|from)\s*["']\.\/([^"']+\.js)["']/g)) importsOf(match[1]!, seen);
  return seen;
}
const islandNames = existsSync('src/islands') ? readdirSync('src/islands').filter((name) => /\.(tsx|jsx|astro|svelte|vue)$/.test(name)).map((name) => name.replace(/\.[^.]+$/, '')) : [];
const islandRows = islandNames.flatMap((name) => {
  const own = chunks.find((chunk) => chunk.startsWith(`${name}.`));
  if (!own) return [[name, '(brak osobnego pliku: część innej wyspy)', '', '', '']];
  const all = [...importsOf(own)];
  const ownSource = readFileSync(path.join(astroDirectory, own));
  const allSources = all.map((chunk) => readFileSync(path.join(astroDirectory, chunk)));
  const allBytes = allSources.reduce((sum, source) => sum + source.length, 0);
  const allGzip = allSources.reduce((sum, source) => sum + gzipSync(source).length, 0);
  return [[name, kB(ownSource.length), kB(gzipSync(ownSource).length), kB(allBytes), kB(allGzip)]];
});
// Astro's React renderer (react-dom), loaded once for all React islands.
const renderer = chunks.find((chunk) => /^client\./.test(chunk));
if (renderer) {
  const all = [...importsOf(renderer)].map((chunk) => readFileSync(path.join(astroDirectory, chunk)));
  const own = readFileSync(path.join(astroDirectory, renderer));
  islandRows.push(['renderer React (wspólny)', kB(own.length), kB(gzipSync(own).length), kB(all.reduce((sum, source) => sum + source.length, 0)), kB(all.reduce((sum, source) => sum + gzipSync(source).length, 0))]);
}
console.log('\nWyspy (dist/_astro; „z importami” liczy też fragmenty, które wyspa importuje)');
console.log(table([['wyspa', 'własny JS', 'gzip', 'z importami', 'gzip'], ...islandRows]));

// --- first results in Chromium ---
const found = chromiumOnThisMachine();
if (!found) {
  console.error(MISSING_CHROMIUM_MESSAGE);
  process.exit(1);
}
const server = await startStaticServer(DIST, 0, '127.0.0.1');
const { port } = server.address() as AddressInfo;
const browser = await chromium.launch({ executablePath: found.path, args: LAUNCH_ARGS });
const rows: string[][] = [['zapytanie', 'pierwszy wynik (mediana)', 'min–max', 'pobrane do wyszukiwania', 'żądania']];
try {
  for (const query of QUERIES) {
    const times: number[] = [];
    let searchBytes = 0;
    let searchRequests = 0;
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      let bytes = 0;
      let requests = 0;
      const pending: Promise<void>[] = [];
      page.on('response', (response) => {
        const { pathname } = new URL(response.url());
        if (!pathname.startsWith('/pagefind/') && pathname !== '/szukaj/slownik.json') return;
        requests += 1;
        pending.push(response.body().then((body) => void (bytes += body.length), () => undefined));
      });
      const started = performance.now();
      await page.goto(`http://127.0.0.1:${port}/szukaj/?q=${encodeURIComponent(query)}`);
      await page.locator('#search-results li a').first().waitFor({ timeout: 15_000 });
      times.push(performance.now() - started);
      await Promise.all(pending);
      searchBytes = bytes;
      searchRequests = requests;
      await context.close();
    }
    rows.push([query, `${median(times).toFixed(0)} ms`, `${Math.min(...times).toFixed(0)}–${Math.max(...times).toFixed(0)} ms`, kB(searchBytes), String(searchRequests)]);
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`\nCzas do pierwszego wyniku w Chromium (${RUNS} przebiegi na zapytanie, zimna pamięć podręczna; od otwarcia /szukaj/?q=…)`);
console.log(table(rows));
