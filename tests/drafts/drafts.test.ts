/**
 * Drafts stay out of the public build entirely. The site is built twice from a copy of the
 * project with the fixture drafts in `tests/fixtures/drafts/` added to its content: once as the
 * public site and once as a preview with `KB_DRAFTS=1`. The drafts' control sentences, titles
 * and addresses must appear nowhere in the public output — HTML, the decompressed search index,
 * sitemap, feed, JavaScript, JSON, CSV — and must appear in the preview, under the banner. Both are
 * built as `npm run build` builds, with the search index in several parts, as a large site has it.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copyProject, PROJECT_ROOT, projectBin, runCommand } from '../../scripts/lib/project-copy.ts';

const fixture = path.join(PROJECT_ROOT, 'tests/fixtures/drafts/content');
const MARKERS = [
  'żuraw siedemdziesiąt trzy',
  'Poradnik roboczy do testu publikacji',
  'poradnik-roboczy',
  'czapla osiemdziesiąt jeden',
  'Instytucja robocza do testu publikacji',
  'instytucja-robocza',
];

/** Pages per part of the search index: the fixture site's pages make three parts. */
const SHARD_PAGES = 50;
/** Pagefind's fragments (a page's text each) in every part of the index. */
const FRAGMENT = /^pagefind\/(shards\/\d+\/)?fragment\//;

let workspace: string;
const builds: Record<'public' | 'preview', { dist: string; files: Map<string, string> }> = {
  public: { dist: '', files: new Map() },
  preview: { dist: '', files: new Map() },
};

/** A copy of the project with the fixture drafts added to its content. */
function projectCopy(name: string): string {
  const copy = copyProject(path.join(workspace, name));
  cpSync(fixture, path.join(copy, 'content'), { recursive: true });
  return copy;
}

async function run(command: string, args: string[], cwd: string, env: Record<string, string>): Promise<void> {
  const { code, output } = await runCommand(command, args, cwd, env);
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} (${cwd}) zakończył się kodem ${code}:\n${output.slice(-4000)}`);
}

async function build(name: 'public' | 'preview'): Promise<void> {
  const copy = projectCopy(name);
  const env: Record<string, string> = name === 'preview' ? { KB_DRAFTS: '1' } : { KB_DRAFTS: '' };
  await run(projectBin('node'), ['scripts/build.ts'], copy, { ...env, KB_SEARCH_SHARD_PAGES: String(SHARD_PAGES) });
  builds[name].dist = path.join(copy, 'dist');
  builds[name].files = readAll(builds[name].dist);
}

/** Every file of a build as text; gzip files (pagefind's index and fragments) are decompressed first. */
function readAll(dist: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        let bytes = readFileSync(full);
        if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
        files.set(path.relative(dist, full), bytes.toString('utf8'));
      }
    }
  };
  walk(dist);
  return files;
}

function filesContaining(name: 'public' | 'preview', marker: string): string[] {
  return [...builds[name].files].filter(([, text]) => text.includes(marker)).map(([file]) => file);
}

beforeAll(async () => {
  workspace = mkdtempSync(path.join(tmpdir(), 'kb-drafts-'));
  await Promise.all([build('public'), build('preview')]);
}, 900_000);

afterAll(() => {
  if (workspace && existsSync(workspace)) rmSync(workspace, { recursive: true, force: true });
});

describe('the public build', () => {
  test.each(MARKERS)('has „%s” in no file at all, the search index included', (marker) => {
    expect(builds.public.files.size).toBeGreaterThan(100);
    expect(filesContaining('public', marker)).toEqual([]);
  });

  test('decompressed search fragments of every part were really read (the check above can fail)', () => {
    const fragments = [...builds.public.files.keys()].filter((file) => FRAGMENT.test(file));
    expect(fragments.length).toBeGreaterThan(2 * SHARD_PAGES);
    expect(new Set(fragments.map((file) => file.replace(/fragment\/.*$/, ''))).size).toBeGreaterThanOrEqual(3);
    expect(filesContaining('public', 'Liderzy Kooperacji').some((file) => FRAGMENT.test(file))).toBe(true);
  });

  test('has no draft banner and no noindex outside the 404 page', () => {
    expect(filesContaining('public', 'PROJEKT — wersja robocza')).toEqual([]);
    expect(filesContaining('public', '<meta name="robots" content="noindex">').filter((file) => file !== '404.html')).toEqual([]);
  });
});

describe('the preview build with KB_DRAFTS=1', () => {
  test('has the draft guide and institution pages, each under the banner', () => {
    for (const page of ['dokumenty/poradnik-roboczy/index.html', 'instytucje/instytucja-robocza/index.html']) {
      const html = builds.preview.files.get(page);
      expect(html, page).toBeDefined();
      expect(html).toContain('PROJEKT — wersja robocza');
    }
    expect(builds.preview.files.get('dokumenty/poradnik-roboczy/index.html')).toContain('żuraw siedemdziesiąt trzy');
  });

  test('indexes the drafts for search, lists them and keeps every page out of search engines', () => {
    expect(filesContaining('preview', 'żuraw siedemdziesiąt trzy').some((file) => FRAGMENT.test(file))).toBe(true);
    expect(builds.preview.files.get('dokumenty/index.html')).toContain('/dokumenty/poradnik-roboczy/');
    expect(builds.preview.files.get('index.html')).toContain('<meta name="robots" content="noindex">');
  });
});
