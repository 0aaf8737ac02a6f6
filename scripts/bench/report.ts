/**
 * The benchmark's results as Markdown, for stdout and BENCHMARKS.md. Pure: numbers in, text out.
 */
import type { BudgetVerdict } from './budgets.ts';
import type { Timing } from './browser-timing.ts';
import type { HtmlPageSize, PageWeight } from './measure-dist.ts';
import type { SizeRow } from './islands.ts';

export type SiteName = 'nasz serwis' | 'Starlight';

export interface BuildResult {
  site: SiteName;
  /** Synthetic pages added to the site. */
  generated: number;
  /** HTML files in dist/ (for us: the real pages, lists and the generated pages). */
  htmlPages: number;
  seconds: number;
  peakRssBytes: number | undefined;
  distBytes: number;
  pagefindBytes: number;
  pages: { type: string; path: string; weight: PageWeight }[];
  /** The largest HTML files of the build, largest first. */
  largestPages?: HtmlPageSize[];
}

export interface BrowserResult {
  size: number;
  runs: number;
  rows: { measurement: string; ours?: Timing; peer?: Timing }[];
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryBytes: number;
  node: string;
  os: string;
  /** The Chromium the browser timings ran in. */
  browser: string;
}

export interface ReportInput {
  date: string;
  command: string;
  machine: Machine;
  starlightVersion: string;
  astroVersion: string;
  /** The most pages pagefind indexes in one run of our build (KB_SEARCH_SHARD_PAGES or its default). */
  searchShardPages: number;
  builds: BuildResult[];
  /** The budgets checked against this run (scripts/bench/budgets.ts). */
  budgets: BudgetVerdict[];
  browser?: BrowserResult;
  pagefindParts?: { size: number; rows: SizeRow[] };
  islands?: { size: number; rows: SizeRow[] };
}

export function kB(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} kB`;
}

export function ratio(ours: number | undefined, peer: number | undefined): string {
  return ours === undefined || peer === undefined || peer === 0 ? '–' : `${(ours / peer).toFixed(2)}×`;
}

/** Text columns first (left-aligned), then numbers (right-aligned). */
export function markdownTable(header: string[], rows: string[][], textColumns = 1): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map((_, index) => (index < textColumns ? '---' : '---:'))), ...rows.map(line)].join('\n');
}

const seconds = (value: number) => `${value.toFixed(1)} s`;
const perSecond = (build: BuildResult) => (build.htmlPages / build.seconds).toFixed(1);
const memory = (bytes: number | undefined) => (bytes === undefined ? '–' : kB(bytes));
const ms = (timing: Timing | undefined) => (timing ? `${timing.medianMs.toFixed(0)} ms (${timing.minMs.toFixed(0)}–${timing.maxMs.toFixed(0)})` : '–');
const rawGzip = (bytes: { raw: number; gzip: number }) => `${kB(bytes.raw)} / ${kB(bytes.gzip)}`;

function buildTable(builds: BuildResult[]): string {
  const sizes = [...new Set(builds.map((build) => build.generated))];
  const rows: string[][] = [];
  for (const size of sizes) {
    const ours = builds.find((build) => build.generated === size && build.site === 'nasz serwis');
    const peer = builds.find((build) => build.generated === size && build.site === 'Starlight');
    for (const build of [ours, peer]) {
      if (!build) continue;
      rows.push([
        String(size),
        build.site,
        String(build.htmlPages),
        seconds(build.seconds),
        perSecond(build),
        memory(build.peakRssBytes),
        kB(build.distBytes),
        kB(build.pagefindBytes),
      ]);
    }
    if (ours && peer) {
      rows.push([
        String(size),
        '**nasz / Starlight**',
        ratio(ours.htmlPages, peer.htmlPages),
        ratio(ours.seconds, peer.seconds),
        ratio(ours.htmlPages / ours.seconds, peer.htmlPages / peer.seconds),
        ratio(ours.peakRssBytes, peer.peakRssBytes),
        ratio(ours.distBytes, peer.distBytes),
        ratio(ours.pagefindBytes, peer.pagefindBytes),
      ]);
    }
  }
  return markdownTable(
    ['stron wygenerowanych', 'witryna', 'stron HTML w dist/', 'czas budowania', 'stron/s', 'szczyt pamięci (RSS)', 'dist/', 'indeks pagefind'],
    rows,
    2,
  );
}

function weightTable(builds: BuildResult[]): string {
  const rows: string[][] = [];
  for (const build of builds) {
    const peerContent =
      build.site === 'nasz serwis'
        ? builds.find((other) => other.site === 'Starlight' && other.generated === build.generated)?.pages.find((page) => page.type === 'strona treści')
        : undefined;
    for (const page of build.pages) {
      const { weight } = page;
      rows.push([
        String(build.generated),
        build.site,
        page.type,
        `\`${page.path}\``,
        rawGzip(weight.html),
        rawGzip(weight.css),
        rawGzip(weight.js),
        String(weight.jsFiles),
      ]);
      if (page.type === 'strona treści' && peerContent) {
        const peer = peerContent.weight;
        rows.push([
          String(build.generated),
          '**nasz / Starlight**',
          page.type,
          '',
          `${ratio(weight.html.raw, peer.html.raw)} / ${ratio(weight.html.gzip, peer.html.gzip)}`,
          `${ratio(weight.css.raw, peer.css.raw)} / ${ratio(weight.css.gzip, peer.css.gzip)}`,
          `${ratio(weight.js.raw, peer.js.raw)} / ${ratio(weight.js.gzip, peer.js.gzip)}`,
          ratio(weight.jsFiles, peer.jsFiles),
        ]);
      }
    }
  }
  return markdownTable(
    ['stron wygenerowanych', 'witryna', 'rodzaj strony', 'adres', 'HTML (surowy / gzip)', 'CSS (surowy / gzip)', 'JS (surowy / gzip)', 'plików JS'],
    rows,
    4,
  );
}

function contentPageGrowth(builds: BuildResult[]): string {
  const lines = (['nasz serwis', 'Starlight'] as const).map((site) => {
    const sizes = builds
      .filter((build) => build.site === site)
      .map((build) => ({ size: build.generated, html: build.pages.find((page) => page.type === 'strona treści')?.weight.html }))
      .filter((entry) => entry.html);
    return `- ${site}: ${sizes.map((entry) => `${entry.size} stron → ${kB(entry.html!.raw)} (gzip ${kB(entry.html!.gzip)})`).join('; ')}`;
  });
  return ['HTML tej samej strony treści (pierwszy wygenerowany program) przy rosnącej liczbie stron:', '', ...lines].join('\n');
}

/** The largest pages of each build, so a page whose HTML grows with the site stands out between sizes. */
function largestPagesTable(builds: BuildResult[]): string | undefined {
  const rows = builds.flatMap((build) =>
    (build.largestPages ?? []).map((page, index) => [String(build.generated), build.site, String(index + 1), `\`${page.path}\``, kB(page.bytes)]),
  );
  if (rows.length === 0) return undefined;
  return markdownTable(['stron wygenerowanych', 'witryna', 'miejsce', 'adres', 'HTML (surowy)'], rows, 4);
}

function sizeRows(rows: SizeRow[]): string[][] {
  return rows.map((row) => [
    row.name,
    row.files === undefined ? '' : String(row.files),
    kB(row.raw),
    row.gzip === undefined ? '' : kB(row.gzip),
    row.withImportsRaw === undefined ? '' : kB(row.withImportsRaw),
    row.withImportsGzip === undefined ? '' : kB(row.withImportsGzip),
  ]);
}

function budgetTable(verdicts: readonly BudgetVerdict[]): string {
  if (verdicts.length === 0) return 'Brak pomiarów, z którymi można porównać budżety.';
  const failed = verdicts.filter((verdict) => !verdict.passed).length;
  return [
    markdownTable(
      ['budżet', 'zmierzono', 'wynik'],
      verdicts.map((verdict) => [verdict.budget, verdict.measured, verdict.passed ? 'spełniony' : '**NIESPEŁNIONY**']),
      3,
    ),
    '',
    failed === 0 ? `Wszystkie budżety (${verdicts.length}) spełnione.` : `Niespełnione budżety: ${failed} z ${verdicts.length}.`,
  ].join('\n');
}

export function renderReport(input: ReportInput): string {
  const { machine } = input;
  const parts = [
    '# Pomiary wydajności',
    '',
    'Wygenerowane przez `npm run bench` (`scripts/bench.ts`); nie edytuj ręcznie. Strony syntetyczne („Przykładowa gmina 0001”…: gmina, jej program i jej ośrodek pomocy społecznej) powstają w kopii projektu w katalogu tymczasowym, nigdy w `content/`. Ta sama treść (tytuły, opisy, tekst) jest budowana przez zwykłą witrynę Astro Starlight z domyślnym, automatycznym menu bocznym i wbudowanym wyszukiwaniem pagefind.',
    '',
    `- data: ${input.date}`,
    `- polecenie: \`${input.command}\``,
    `- maszyna: ${machine.cpu}, ${machine.cores} rdzenie, ${kB(machine.memoryBytes)} RAM; ${machine.os}; Node ${machine.node}; przeglądarka \`${machine.browser}\``,
    input.starlightVersion
      ? `- porównanie: @astrojs/starlight ${input.starlightVersion} na Astro ${input.astroVersion} (instalowane przy pomiarze w katalogu tymczasowym, poza package.json projektu); rozmiary z \`--ours-only\` bez porównania`
      : `- porównanie: brak (tylko nasz serwis, Astro ${input.astroVersion})`,
    '- czas budowania: cały proces (`npm run build` u nas, czyli `astro build` i `pagefind` do katalogu roboczego, przeniesionego potem do dist/; `astro build` ze zintegrowanym pagefind w Starlight); szczyt pamięci: największy proces budowania (GNU time, „Maximum resident set size”; u nas pagefind indeksuje w częściach po najwyżej ' +
      `${input.searchShardPages} stron, jedna po drugiej). Na maszynie mogą działać inne procesy: czasy są orientacyjne.`,
    '',
    '## Budżety',
    '',
    budgetTable(input.budgets),
    '',
    '## Budowanie',
    '',
    buildTable(input.builds),
    '',
    '## Co pobiera jedna strona',
    '',
    'JS: skrypty modułowe strony, komponenty wysp i ich renderer oraz wszystko, co importują statycznie, plus skrypty wbudowane; CSS: arkusze podlinkowane i style wbudowane. Każdy plik liczony raz i kompresowany osobno.',
    '',
    weightTable(input.builds),
    '',
    contentPageGrowth(input.builds),
  ];
  const largest = largestPagesTable(input.builds);
  if (largest) {
    parts.push(
      '',
      '## Największe strony HTML',
      '',
      'Pięć największych plików HTML każdego budowania. Strona, która wymienia każdy wpis (spis działu, lista stron opartych na dokumencie), rosłaby tu razem z liczbą stron; spisy długich działów są podzielone na strony, a strony wpisów pokazują początek długich list z odnośnikiem do całości.',
      '',
      largest,
    );
  }
  if (input.browser) {
    parts.push(
      '',
      `## W przeglądarce (Chromium, ${input.browser.size} stron wygenerowanych, mediana z ${input.browser.runs} zimnych uruchomień, w nawiasie min–max)`,
      '',
      'U nas pierwszy wynik liczony od otwarcia `/szukaj/?q=…`; w Starlight od otwarcia strony głównej, przez otwarcie okna wyszukiwania i wpisanie zapytania. Eksplorator: od otwarcia strony modelu do hydratacji wyspy.',
      '',
      markdownTable(
        ['pomiar', 'nasz serwis', 'Starlight', 'nasz / Starlight', 'pobrane do wyszukiwania (nasz / Starlight)'],
        input.browser.rows.map((row) => [
          row.measurement,
          ms(row.ours),
          ms(row.peer),
          ratio(row.ours?.medianMs, row.peer?.medianMs),
          row.ours?.searchBytes || row.peer?.searchBytes
            ? `${row.ours?.searchBytes ? kB(row.ours.searchBytes) : '–'} / ${row.peer?.searchBytes ? kB(row.peer.searchBytes) : '–'}`
            : '',
        ]),
      ),
    );
  }
  if (input.pagefindParts) {
    parts.push(
      '',
      `## Indeks wyszukiwarki według rodzaju plików (nasz serwis, ${input.pagefindParts.size} stron wygenerowanych; wszystkie części indeksu razem)`,
      '',
      markdownTable(
        ['rodzaj', 'pliki', 'rozmiar', '', '', ''].slice(0, 3),
        sizeRows(input.pagefindParts.rows).map((row) => row.slice(0, 3)),
      ),
    );
  }
  if (input.islands) {
    parts.push(
      '',
      `## Wyspy (nasz serwis, ${input.islands.size} stron wygenerowanych; „z importami” liczy też fragmenty, które wyspa importuje)`,
      '',
      markdownTable(
        ['wyspa', 'własny JS', 'gzip', 'z importami', 'gzip'],
        sizeRows(input.islands.rows).map((row) => [row[0]!, ...row.slice(2)]),
      ),
    );
  }
  return `${parts.join('\n')}\n`;
}
