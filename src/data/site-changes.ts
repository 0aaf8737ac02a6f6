/** The site-wide change list for the "Zmiany" page and its feed. */
import { collectChanges, type SiteChange } from '../lib/changes.ts';
import { entryHref, sections } from '../lib/routes.ts';
import { documentStatuses } from '../lib/vocabulary.ts';
import { guideDocuments } from './guides.ts';
import { knowledgeBase } from './knowledge-base.ts';

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('pl-PL') + text.slice(1);
}

export async function siteChanges(limit?: number): Promise<SiteChange[]> {
  const kb = await knowledgeBase();
  const guides = await guideDocuments();
  return collectChanges(
    [
      ...kb.documents.map((document) => ({
        title: document.data.title,
        href: entryHref(document.collection, document.id),
        typeLabel: capitalise(sections[document.collection].singular),
        changes: document.data.changes,
      })),
      // A guidance document's history is its versions: each publication is one change.
      ...guides.map((guide) => ({
        title: guide.current.data.title,
        href: entryHref('guides', guide.id),
        typeLabel: capitalise(sections.guides.singular),
        changes: guide.versions.map((version) => ({
          date: version.data.date,
          note: `Wersja ${version.data.version} (${documentStatuses[version.data.status]}). ${version.data.changeNote ?? 'Pierwsza wersja.'}`,
        })),
      })),
    ],
    limit,
  );
}
