/**
 * What a page's text may hold: in a `.md` file nothing only MDX runs (a component, an `import`
 * line), which the page would print as text or drop; in any page no script, frame, event handler
 * or `javascript:` address, which the Content-Security-Policy alone would be left to stop.
 */
import type { ContentProblem } from '../lib/editor-errors.ts';
import type { Rule } from './types.ts';

export const markdownOnly: Rule = {
  name: 'mdx syntax in markdown',
  check(input) {
    const problems: ContentProblem[] = [];
    for (const entry of input.entries) {
      if (!entry.body || !entry.file.endsWith('.md')) continue;
      for (const { line, found } of entry.body.mdxOnly) {
        problems.push({
          file: entry.file,
          field: `treść, wiersz ${line}`,
          message: `„${found}” działa tylko w pliku .mdx; w pliku .md zostałby wypisany jako tekst albo pominięty. Zmień rozszerzenie pliku na .mdx`,
        });
      }
    }
    return { problems };
  },
};

export const unsafeMarkup: Rule = {
  name: 'unsafe markup',
  check(input) {
    const problems: ContentProblem[] = [];
    for (const entry of input.entries) {
      for (const { line, found } of entry.body?.unsafe ?? []) {
        problems.push({
          file: entry.file,
          field: `treść, wiersz ${line}`,
          message: `„${found}”: skrypty, ramki (iframe), atrybuty zdarzeń (on…=) i adresy „javascript:” nie mogą trafić na stronę serwisu publicznego; usuń je, a odnośnik zapisz zwykłym adresem https://… albo /…`,
        });
      }
    }
    return { problems };
  },
};
