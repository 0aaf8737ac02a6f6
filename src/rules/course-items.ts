/**
 * Each item of a course session names a step that exists or a page of the site. Whether the
 * anchor on that page exists is checked at build time against the catalogue of linkable items.
 * An item naming a broken entry (or a step of a workflow that failed its schema) is a knock-on.
 */
import { sectionHref } from '../collections/routes.ts';
import { contentTypeNames, contentTypes } from '../collections/table.ts';
import { courseItemProblem } from '../lib/course-items.ts';
import type { ContentProblem } from '../lib/editor-errors.ts';
import { parseStepCode } from '../lib/step-codes.ts';
import { staticPages } from '../lib/site-pages.ts';
import { addressId, readEntries, whereIs } from './entries.ts';
import { workflowsOf } from './workflows.ts';
import type { KnockOn, Rule } from './types.ts';

export const courseItems: Rule = {
  name: 'course items',
  check(input) {
    const steps = new Map(workflowsOf(input).map((workflow) => [workflow.code, workflow.steps.length]));
    const entryIds = new Map<string, Set<string>>();
    const failedByAddress = new Map<string, string>();
    for (const entry of input.entries) {
      const { route } = contentTypes[entry.type];
      const ids = entryIds.get(route) ?? new Set<string>();
      const id = addressId(entry.type, entry.id);
      ids.add(id);
      entryIds.set(route, ids);
      if (entry.data === undefined) failedByAddress.set(`/${route}/${id}/`, whereIs(entry));
    }
    // A step code of an unknown workflow may name the workflow of an entry that failed its schema.
    const failedOwner = input.entries.find(
      (entry) => entry.data === undefined && typeof (entry.raw as { workflow?: unknown } | undefined)?.workflow === 'object',
    );
    const failedWorkflowOwner = failedOwner && whereIs(failedOwner);
    const pages = new Set<string>([...Object.values(staticPages), ...contentTypeNames.map((type) => sectionHref(type))]);
    const problems: ContentProblem[] = [];
    const knockOns: KnockOn[] = [];
    for (const entry of readEntries(input)) {
      const { sessions } = entry.data as { sessions?: { items: string[] }[] };
      if (!sessions) continue;
      sessions.forEach((session, sessionIndex) => {
        session.items.forEach((item, itemIndex) => {
          const message = courseItemProblem(item, { steps }, { entryIds, pages });
          if (!message) return;
          const page = item.includes('#') ? item.slice(0, item.indexOf('#')) : item;
          const code = parseStepCode(item);
          const cause = failedByAddress.get(page) ?? (code && !steps.has(code.workflowCode) ? failedWorkflowOwner : undefined);
          if (cause) knockOns.push({ cause, file: entry.file });
          else problems.push({ file: entry.file, field: `sessions › pozycja ${sessionIndex + 1} › items › pozycja ${itemIndex + 1}`, message });
        });
      });
    }
    return { problems, knockOns };
  },
};
