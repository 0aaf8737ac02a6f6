/**
 * After the build: every internal link written in a page's text leads to a page the build made,
 * and its `#anchor` to an element of that page. Before the build the content rules checked that
 * links to entries name entries that exist; only the built pages know their section, step and
 * paragraph ids. A dead link stops the build, naming the content file and line.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { formatProblemReport, type ContentProblem } from '../lib/editor-errors.ts';
import { safeDecode } from '../lib/safe-decode.ts';
import { contentHandoff, type BodyLink } from '../pipeline/handoff.ts';

const ID_ATTRIBUTE = /\sid="([^"]*)"/g;

/** The built file an address is served from, or undefined when the build has none. */
function builtFile(dist: string, pathname: string): string | undefined {
  const decoded = safeDecode(pathname);
  const candidates = decoded.endsWith('/') ? [path.join(dist, decoded, 'index.html')] : [path.join(dist, decoded), path.join(dist, decoded, 'index.html')];
  return candidates.find((candidate) => candidate.startsWith(dist) && existsSync(candidate));
}

/** Why a link in a text leads nowhere, or undefined when it leads to its page and anchor. */
export function deadLinkProblem(link: BodyLink, dist: string, idsOf: (file: string) => ReadonlySet<string>): string | undefined {
  const url = new URL(link.url, new URL(link.page, 'http://strona.invalid'));
  const file = builtFile(dist, url.pathname);
  if (!file) return `odnośnik „${link.url}” prowadzi do strony ${url.pathname}, której nie ma w zbudowanym serwisie; popraw adres`;
  const anchor = safeDecode(url.hash.slice(1));
  if (anchor === '' || !file.endsWith('.html') || idsOf(file).has(anchor)) return undefined;
  return `odnośnik „${link.url}” prowadzi do sekcji #${anchor}, której strona ${url.pathname} nie ma (nagłówek mógł zmienić tekst, a z nim adres); wskaż istniejącą sekcję albo przypnij jej dawny adres: „## Nagłówek { #${anchor} }”`;
}

export function bodyLinksCheck(): AstroIntegration {
  return {
    name: 'kb:body-links',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const handoff = contentHandoff();
        if (!handoff) throw new Error('The content layer handed over no links from the texts (src/pipeline/handoff.ts)');
        const dist = fileURLToPath(dir);
        // Only the pages the texts link to are read, each once.
        const ids = new Map<string, ReadonlySet<string>>();
        const idsOf = (file: string) => {
          let found = ids.get(file);
          if (!found) {
            found = new Set([...readFileSync(file, 'utf8').matchAll(ID_ATTRIBUTE)].map((match) => match[1]!));
            ids.set(file, found);
          }
          return found;
        };
        const problems: ContentProblem[] = [];
        for (const link of handoff.bodyLinks) {
          const message = deadLinkProblem(link, dist, idsOf);
          if (message) problems.push({ file: link.file, field: `treść, wiersz ${link.line}, odnośnik`, message });
        }
        if (problems.length > 0) {
          throw new AstroError(formatProblemReport(problems), 'Popraw odnośniki w tekstach; nic nie zostało opublikowane, dist/ zostaje bez zmian.');
        }
        logger.info(`Odnośniki w tekstach: ${handoff.bodyLinks.length} sprawdzonych, wszystkie prowadzą do istniejących stron i sekcji.`);
      },
    },
  };
}
