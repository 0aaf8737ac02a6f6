/**
 * After the build: every easy-to-read page as readers get it (title, lead and text, whatever
 * wrote them: an editor's file in content/easy-read/ or the site information's template) keeps the
 * easy-to-read limits. The content rule (src/rules/readability.ts) has already held each file to
 * them; this catches the words a template adds, and the site information, which has no file. A page
 * over the limits stops the build, naming the page and its hardest sentences.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { parse, type HTMLElement } from 'node-html-parser';
import { readingLevelOf } from '../collections/reading-level.ts';
import { sectionHref } from '../collections/routes.ts';
import { contentTypeNames } from '../collections/table.ts';
import { formatProblemReport, type ContentProblem } from '../lib/editor-errors.ts';
import { htmlText } from '../lib/html-text.ts';
import { EASY_READ_LIMITS } from '../lib/readability.ts';
import { readabilityProblem, type TextPiece } from '../rules/readability.ts';
import { builtFiles } from './published-addresses.ts';

const PARTS = [
  { selector: 'h1', where: 'tytuł' },
  { selector: '.lead', where: 'wstęp' },
  { selector: '.easy-read__text', where: 'tekst' },
] as const;

/** What an easy-to-read page says, part by part: its title, lead and text (not the site's chrome, sources or date). */
export function easyReadPieces(page: HTMLElement): TextPiece[] {
  return PARTS.map(({ selector, where }) => {
    const part = page.querySelector(`.easy-read ${selector}`);
    if (!part) throw new Error(`strona łatwa do czytania nie ma części „${selector}” (${where})`);
    return { text: htmlText(part.innerHTML), where };
  });
}

/** The sections of easy-to-read types: each page under them is checked. */
const easyReadSections = () => contentTypeNames.filter((type) => readingLevelOf(type) === 'easy-read').map(sectionHref);

/** The easy-to-read pages of a built site (pages of the section that hold a text), and a problem for each one over the limits. */
export function easyReadPageProblems(dist: string): { pages: number; problems: ContentProblem[] } {
  const addresses = easyReadSections().flatMap((section) => {
    const folder = section.replace(/^\/|\/$/g, '');
    if (!existsSync(path.join(dist, folder))) return [];
    return builtFiles(dist, folder)
      .filter((file) => file.endsWith('index.html'))
      .map((file) => `/${file.replace(/index\.html$/, '')}`);
  });
  let pages = 0;
  const problems = addresses.flatMap((address) => {
    const page = parse(readFileSync(path.join(dist, address, 'index.html'), 'utf8'));
    // A former address under the section is a redirect page, not a text.
    if (!page.querySelector('.easy-read')) return [];
    pages += 1;
    return readabilityProblem(`strona ${address}`, 'tekst łatwy do czytania, jak go widzi czytelnik', easyReadPieces(page), EASY_READ_LIMITS) ?? [];
  });
  return { pages, problems };
}

export function easyReadPagesCheck(): AstroIntegration {
  return {
    name: 'kb:easy-read-pages',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const { pages, problems } = easyReadPageProblems(fileURLToPath(dir));
        if (problems.length > 0) {
          throw new AstroError(
            formatProblemReport(problems),
            'Uprość te strony (tekst w content/easy-read/ albo w szablonie strony); nic nie zostało opublikowane, dist/ zostaje bez zmian.',
          );
        }
        logger.info(`Teksty łatwe do czytania: ${pages} stron w granicach łatwego czytania.`);
      },
    },
  };
}
