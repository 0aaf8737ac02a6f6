/**
 * `npm run readability`: every page of the built site (`dist/`, after `npm run build`) with its
 * readability figures, hardest first, and its three longest sentences. Reads what a reader reads:
 * the page's main content, without hidden search terms, breadcrumbs or the parts search ignores.
 *
 * Usage: node scripts/readability.ts [folder]   (default: $KB_DIST_DIR or dist)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { parse } from 'node-html-parser';
import { htmlText } from '../src/lib/html-text.ts';
import { readabilityReport, type PageText } from './lib/readability-report.ts';

/** Parts of the main content that are not the page's text. */
const NOT_TEXT = '[hidden], [aria-hidden="true"], [data-pagefind-ignore], nav, script, style, svg, .copy-link';

function pagePaths(root: string, folder = ''): string[] {
  return readdirSync(path.join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(folder, entry.name);
    if (entry.isDirectory()) return relative === 'pagefind' ? [] : pagePaths(root, relative);
    return entry.name === 'index.html' ? [`/${folder ? `${folder}/` : ''}`] : [];
  });
}

function pageText(root: string, urlPath: string): PageText {
  const main = parse(readFileSync(path.join(root, urlPath, 'index.html'), 'utf8')).querySelector('main');
  for (const element of main?.querySelectorAll(NOT_TEXT) ?? []) element.remove();
  return { path: urlPath, text: htmlText(main?.innerHTML ?? '') };
}

const root = process.argv[2] || process.env.KB_DIST_DIR || 'dist';
if (!existsSync(path.join(root, 'index.html'))) {
  console.error(`Brak zbudowanej strony: nie ma pliku ${path.join(root, 'index.html')}. Uruchom najpierw: npm run build`);
  process.exitCode = 1;
} else {
  const pages = pagePaths(root).map((urlPath) => pageText(root, urlPath));
  for (const line of readabilityReport(pages)) console.log(line);
}
