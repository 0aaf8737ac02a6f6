/** The site-wide change list for the "Zmiany" page and its feed. */
import { collectChanges, type SiteChange } from '../lib/changes.ts';
import { entryHref, sections } from '../lib/routes.ts';
import { knowledgeBase } from './knowledge-base.ts';

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('pl-PL') + text.slice(1);
}

export async function siteChanges(limit?: number): Promise<SiteChange[]> {
  const kb = await knowledgeBase();
  return collectChanges(
    kb.documents.map((document) => ({
      title: document.data.title,
      href: entryHref(document.collection, document.id),
      typeLabel: capitalise(sections[document.collection].singular),
      changes: document.data.changes,
    })),
    limit,
  );
}
