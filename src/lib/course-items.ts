/**
 * Checks, before anything is built, that what a course session names can exist: a step code must
 * name a step of a model's workflow, an address must name a page of the site. Whether the anchor
 * on that page exists is checked at build time against the catalogue of linkable items.
 */
import { countPl } from './plural.ts';
import { parseStepCode } from './step-codes.ts';

export interface WorkflowCodes {
  /** Workflow code → number of steps, e.g. "MK-M" → 10. */
  readonly steps: ReadonlyMap<string, number>;
}

/** What the site has: entry ids per section address ("modele" → ids) and pages without an entry ("/wskazniki/"). */
export interface SitePages {
  readonly entryIds: ReadonlyMap<string, ReadonlySet<string>>;
  readonly pages: ReadonlySet<string>;
}

/** Why an item cannot be resolved, in the editor's words; undefined when it may exist. */
export function courseItemProblem(item: string, workflows: WorkflowCodes, site: SitePages): string | undefined {
  const code = parseStepCode(item);
  if (code) {
    const count = workflows.steps.get(code.workflowCode);
    if (count === undefined) {
      const known = [...workflows.steps.keys()].sort().join(', ');
      return `kod kroku „${item}” wskazuje przebieg „${code.workflowCode}”, którego nie ma; kody przebiegów: ${known}`;
    }
    if (code.position > count)
      return `przebieg „${code.workflowCode}” ma ${countPl(count, { one: 'krok', few: 'kroki', many: 'kroków' })}, więc kroku „${item}” nie ma`;
    return undefined;
  }
  const page = item.slice(0, item.indexOf('#'));
  if (site.pages.has(page)) return undefined;
  const [section, id, ...rest] = page.split('/').filter(Boolean);
  const ids = section === undefined ? undefined : site.entryIds.get(section);
  if (ids && id !== undefined && rest.length === 0 && ids.has(id)) return undefined;
  if (ids && id !== undefined && rest.length === 0) return `strona „${page}” nie istnieje: w dziale /${section}/ nie ma wpisu „${id}”`;
  return `strona „${page}” nie istnieje w serwisie`;
}

export interface SessionInput {
  title: string;
  goal?: string | undefined;
  items: readonly string[];
}

export interface ResolvedSession<Item> {
  number: number;
  title: string;
  goal?: string | undefined;
  items: Item[];
}

/**
 * Each session's items looked up in the site's catalogue. Items the catalogue does not know (a
 * reworded heading whose id changed, a removed chart) come back as problems naming the file and
 * field, for the build to stop on.
 */
export function resolveSessions<Item>(
  file: string,
  sessions: readonly SessionInput[],
  find: (reference: string) => Item | undefined,
): { sessions: ResolvedSession<Item>[]; problems: string[] } {
  const problems: string[] = [];
  const resolved = sessions.map((session, sessionIndex) => ({
    number: sessionIndex + 1,
    title: session.title,
    goal: session.goal,
    items: session.items.flatMap((reference, itemIndex) => {
      const item = find(reference);
      if (item !== undefined) return [item];
      problems.push(
        `${file}: pole „sessions › pozycja ${sessionIndex + 1} › items › pozycja ${itemIndex + 1}”: ` +
          `„${reference}” nie wskazuje żadnej sekcji, kroku ani wykresu serwisu; sprawdź kotwicę po # na tej stronie (nagłówek mógł zmienić treść)`,
      );
      return [];
    }),
  }));
  return { sessions: resolved, problems };
}
