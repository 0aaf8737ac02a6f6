import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkSite, RULES } from '../../scripts/check-dist/check-site.ts';
import { fileForPath } from '../../scripts/check-dist/link-targets.ts';
import { collectPageFiles, urlPathOf } from '../../scripts/check-dist/pages.ts';
import { formatReport } from '../../scripts/check-dist/report.ts';
import type { RuleResult } from '../../scripts/check-dist/types.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');
// Not tests/fixtures/dist: .gitignore ignores every folder named dist/, so the fixtures would never be committed.
const fixtures = path.resolve(import.meta.dirname, '../fixtures/built-site');
const validSite = path.join(fixtures, 'valid');
const workspaces: string[] = [];

/** A build folder made of the valid site with one defect case's pages laid over it. */
function siteWith(defectCase: string): string {
  const root = mkdtempSync(path.join(tmpdir(), 'kb-dist-'));
  workspaces.push(root);
  cpSync(validSite, root, { recursive: true });
  cpSync(path.join(fixtures, 'invalid', defectCase), root, { recursive: true });
  return root;
}

/** Only the rules that failed, each with its problems as the report prints them. */
function failures(results: RuleResult[]): Record<string, string[]> {
  return Object.fromEntries(
    results
      .filter((result) => result.problems.length > 0)
      .map((result) => [result.rule, result.problems.map((problem) => `${problem.page} : ${problem.message}`)]),
  );
}

/** The test runner's environment, minus variables that would point the script somewhere else. */
function environmentWithout(names: string[]): NodeJS.ProcessEnv {
  const environment = { ...process.env };
  for (const name of names) delete environment[name];
  return environment;
}

function runCli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['scripts/check-dist.ts', ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...environmentWithout(['KB_DIST_DIR', 'KB_SITE_URL']), ...env },
  });
  const lines = result.stdout.trimEnd().split('\n');
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, lastLine: lines.at(-1) };
}

afterAll(() => {
  for (const root of workspaces) rmSync(root, { recursive: true, force: true });
});

describe('a valid site', () => {
  test('passes every rule on every page', () => {
    const results = checkSite(validSite);
    expect(results.map((result) => result.rule)).toEqual([
      'html-lang',
      'single-h1',
      'title',
      'meta-description',
      'internal-links',
      'anchors',
      'unique-ids',
      'text-spacing',
    ]);
    expect(failures(results)).toEqual({});
    expect(results.every((result) => result.checkedPages === 7)).toBe(true);
  });

  test('checks the HTML pages, including 404.html and plain .html files, but not pagefind/ or other files', () => {
    const pages = collectPageFiles(validSite).map((file) => urlPathOf(validSite, file));
    expect(pages).toEqual(['/404.html', '/dokumenty/regulamin.html', '/', '/modele/', '/modele/model-a/', '/zrodla/', '/złożone/']);
  });
});

describe('each defect fails its rule, naming the page and what is wrong', () => {
  test('a page without lang and a page in another language than its address says (English under /en/)', () => {
    expect(failures(checkSite(siteWith('wrong-lang')))).toEqual({
      'html-lang': [
        '/bez-jezyka/ : brak atrybutu lang w <html> (oczekiwano lang="pl")',
        '/en/po-polsku/ : <html lang="pl"> zamiast lang="en"',
        '/po-angielsku/ : <html lang="en"> zamiast lang="pl"',
      ],
    });
  });

  test('a page without <h1> and a page with two', () => {
    expect(failures(checkSite(siteWith('h1-count')))).toEqual({
      'single-h1': ['/bez-naglowka/ : brak nagłówka <h1>', '/dwa-naglowki/ : 2 nagłówki <h1> zamiast jednego'],
    });
  });

  test('a page without <title> and a page with a blank one', () => {
    expect(failures(checkSite(siteWith('title')))).toEqual({
      title: ['/bez-tytulu/ : brak elementu <title>', '/pusty-tytul/ : pusty <title>'],
    });
  });

  test('a page without a description and a page with a blank one', () => {
    expect(failures(checkSite(siteWith('description')))).toEqual({
      'meta-description': ['/bez-opisu/ : brak <meta name="description">', '/pusty-opis/ : pusty opis w <meta name="description" content>'],
    });
  });

  test('the 404 page is held to the same rules as the others', () => {
    expect(failures(checkSite(siteWith('404-incomplete')))).toEqual({
      'single-h1': ['/404.html : brak nagłówka <h1>'],
      'meta-description': ['/404.html : brak <meta name="description">'],
    });
  });

  test('links, styles, scripts and images that lead nowhere, each with its address', () => {
    expect(failures(checkSite(siteWith('dead-links')))).toEqual({
      'internal-links': [
        '/martwe-linki/ : <link rel="stylesheet"> wskazuje nieistniejący adres /_astro/brak.css',
        '/martwe-linki/ : <script> wskazuje nieistniejący adres /_astro/brak.js',
        '/martwe-linki/ : <img> wskazuje nieistniejący adres /obrazy/brak.png',
        '/martwe-linki/ : link do nieistniejącej strony /projekty/xyz/ (2 razy)',
        '/martwe-linki/ : link do nieistniejącej strony ../nie-ma/ (czyli /nie-ma/)',
        '/martwe-linki/ : link do nieistniejącej strony http://localhost:4321/brak/ (czyli /brak/)',
        '/martwe-linki/ : link do nieistniejącej strony /nie-ma/#sekcja',
        '/martwe-linki/ : link /zle%E0%A4%A/: nieprawidłowe kodowanie procentowe w adresie',
        '/martwe-linki/ : link do nieistniejącej strony /w-bloku-kodu/',
      ],
    });
  });

  test('anchors missing on the same page, on another page and on a plain .html page; a missing page is left to internal-links', () => {
    expect(failures(checkSite(siteWith('dead-anchors')))).toEqual({
      'internal-links': ['/martwe-kotwice/ : link do nieistniejącej strony /nie-ma/#sekcja'],
      anchors: [
        '/martwe-kotwice/ : kotwica #nie-ma nie istnieje na tej stronie',
        '/martwe-kotwice/ : kotwica #brak nie istnieje na /modele/model-a/ (link /modele/model-a/#brak)',
        '/martwe-kotwice/ : kotwica #źródło nie istnieje na /modele/model-a/ (link ../modele/model-a/#%C5%BAr%C3%B3d%C5%82o)',
        '/martwe-kotwice/ : kotwica #par-3 nie istnieje na /dokumenty/regulamin.html (link /dokumenty/regulamin.html#par-3)',
      ],
    });
  });

  test('ids repeated on a page, with how often; <a name> does not count as an id', () => {
    expect(failures(checkSite(siteWith('duplicate-ids')))).toEqual({
      'unique-ids': ['/powtorzone-id/ : id „sekcja” powtarza się 2 razy', '/powtorzone-id/ : id „x” powtarza się 3 razy'],
    });
  });
});

describe('text spacing', () => {
  test('a word glued to the next after a colon or semicolon inside one line of text, not across list items, numbers, addresses or code', () => {
    expect(failures(checkSite(siteWith('text-spacing')))).toEqual({
      'text-spacing': [
        '/sklejone-slowa/ : brak spacji po „:”: „…i strony internetowej:23 listopada 2026.…”',
        '/sklejone-slowa/ : brak spacji po „:”: „…Przejdź do działu:Modele, Źródła.…”',
      ],
    });
  });
});

describe('the site address', () => {
  test('comes from the home page canonical link before the configured address', () => {
    const internalLinks = checkSite(siteWith('dead-links'), { siteUrl: 'https://baza.example.org/' }).find((result) => result.rule === 'internal-links');
    expect(internalLinks?.problems).toContainEqual({
      page: '/martwe-linki/',
      message: 'link do nieistniejącej strony http://localhost:4321/brak/ (czyli /brak/)',
    });
  });

  test('without a canonical link, full addresses on another host are external', () => {
    expect(failures(checkSite(siteWith('no-canonical')))).toEqual({});
  });

  test('without a canonical link, the configured address makes full addresses internal', () => {
    expect(failures(checkSite(siteWith('no-canonical'), { siteUrl: 'https://baza.example.org/' }))).toEqual({
      'internal-links': ['/ : link do nieistniejącej strony https://baza.example.org/nie-ma/ (czyli /nie-ma/)'],
    });
  });
});

describe('link targets', () => {
  test('map site paths to the file a static host serves', () => {
    expect(fileForPath(validSite, '/')).toBe(path.join(validSite, 'index.html'));
    expect(fileForPath(validSite, '/modele/model-a')).toBe(path.join(validSite, 'modele/model-a/index.html'));
    expect(fileForPath(validSite, '/favicon.svg')).toBe(path.join(validSite, 'favicon.svg'));
    expect(fileForPath(validSite, '/favicon.svg/')).toBeUndefined();
    expect(fileForPath(validSite, '/zmiany/')).toBeUndefined();
    expect(fileForPath(validSite, '/../invalid/no-canonical/index.html')).toBeUndefined();
  });
});

describe('the report', () => {
  test('one line per rule, each problem under its rule, and the summary last', () => {
    const lines = formatReport([
      { rule: 'title', checkedPages: 124, problems: [] },
      { rule: 'single-h1', checkedPages: 1, problems: [] },
      { rule: 'anchors', checkedPages: 124, problems: [{ page: '/a/', message: 'kotwica #x nie istnieje na tej stronie' }] },
      {
        rule: 'unique-ids',
        checkedPages: 124,
        problems: Array.from({ length: 5 }, (_, index) => ({ page: `/p${index}/`, message: 'id „a” powtarza się 2 razy' })),
      },
    ]);
    expect(lines).toEqual([
      '✓ title: 124 strony',
      '✓ single-h1: 1 strona',
      '✗ anchors: 1 problem',
      '  - /a/ : kotwica #x nie istnieje na tej stronie',
      '✗ unique-ids: 5 problemów',
      '  - /p0/ : id „a” powtarza się 2 razy',
      '  - /p1/ : id „a” powtarza się 2 razy',
      '  - /p2/ : id „a” powtarza się 2 razy',
      '  - /p3/ : id „a” powtarza się 2 razy',
      '  - /p4/ : id „a” powtarza się 2 razy',
      'check-dist: 2 passed, 2 failed',
    ]);
  });
});

describe('node scripts/check-dist.ts', () => {
  test('exits 0 on a valid site and counts every rule as passed', () => {
    const run = runCli([validSite]);
    expect(run.status).toBe(0);
    expect(run.lastLine).toBe(`check-dist: ${RULES.length} passed, 0 failed`);
  });

  test('exits 1 on a broken site, lists the problem and counts the failed rule', () => {
    const run = runCli([siteWith('duplicate-ids')]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('✗ unique-ids: 2 problemy\n  - /powtorzone-id/ : id „sekcja” powtarza się 2 razy\n');
    expect(run.lastLine).toBe(`check-dist: ${RULES.length - 1} passed, 1 failed`);
  });

  test('reads the folder from KB_DIST_DIR when none is given', () => {
    const run = runCli([], { KB_DIST_DIR: siteWith('title') });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('  - /pusty-tytul/ : pusty <title>');
  });

  test('without a build, says to run the build and counts one failure', () => {
    const missing = path.join(tmpdir(), 'kb-dist-nie-ma');
    const run = runCli([missing]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Uruchom najpierw: npm run build');
    expect(run.lastLine).toBe('check-dist: 0 passed, 1 failed');
  });
});
