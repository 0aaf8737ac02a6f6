/**
 * Ids pinned on headings (`## Źródła finansowania { #finansowanie }`): written as `{ #id }` and
 * nothing else, a slug, not an address the page gives to something else, unique on the page, and
 * not the id another heading of the page would get from its text: that heading would silently
 * move to `…-2`, and a course item linking it would open the pinned section instead.
 */
import { RESERVED_SECTIONS } from '../collections/names.ts';
import type { ContentProblem } from '../lib/editor-errors.ts';
import type { HeadingFact } from '../lib/markdown/body-facts.ts';
import { pinnedIdProblem } from '../lib/pinned-ids.ts';
import { slugify } from '../lib/slug.ts';
import type { Rule } from './types.ts';

const FIELD = (line: number) => `treść, wiersz ${line}, identyfikator nagłówka`;

/** The problems of one page's headings, as "line → message". */
export function pinnedIdProblems(
  headings: readonly HeadingFact[],
  reserved: ReadonlyMap<string, string> = RESERVED_SECTIONS,
): { line: number; message: string }[] {
  const problems: { line: number; message: string }[] = [];
  const pins = new Map<string, number>();
  for (const heading of headings) {
    if (heading.strayAttributes !== undefined) {
      problems.push({
        line: heading.line,
        message: `nawias klamrowy na końcu nagłówka to miejsce na stały identyfikator sekcji, zapisany jako { #identyfikator }, np. { #zrodla-finansowania }; znaleziono „${heading.strayAttributes}”`,
      });
      continue;
    }
    if (heading.pinned === undefined) continue;
    const problem = pinnedIdProblem(heading.pinned, reserved);
    if (problem) {
      problems.push({ line: heading.line, message: problem });
      continue;
    }
    const earlier = pins.get(heading.pinned);
    if (earlier !== undefined) {
      problems.push({
        line: heading.line,
        message: `identyfikator „${heading.pinned}” ma już nagłówek w wierszu ${earlier}; każda sekcja strony potrzebuje własnego`,
      });
      continue;
    }
    pins.set(heading.pinned, heading.line);
  }
  for (const heading of headings) {
    if (heading.pinned !== undefined || heading.strayAttributes !== undefined) continue;
    const natural = slugify(heading.text);
    const pinnedAt = pins.get(natural);
    if (pinnedAt === undefined) continue;
    problems.push({
      line: pinnedAt,
      message: `identyfikator „${natural}” to adres, który ma z tekstu nagłówek „${heading.text}” w wierszu ${heading.line}; ten nagłówek dostałby wtedy adres „${natural}-2”, a odnośniki do niego prowadziłyby tutaj. Przypnij tu inny identyfikator albo przypnij tamtemu nagłówkowi jego obecny adres`,
    });
  }
  return problems.sort((a, b) => a.line - b.line);
}

export const pinnedIds: Rule = {
  name: 'pinned heading ids',
  check(input) {
    const problems: ContentProblem[] = [];
    for (const entry of input.entries) {
      if (!entry.body) continue;
      for (const { line, message } of pinnedIdProblems(entry.body.headings)) problems.push({ file: entry.file, field: FIELD(line), message });
    }
    return { problems };
  },
};
