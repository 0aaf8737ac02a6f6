/** The site-wide change list for the "Zmiany" page and its feed. */
import { collectChanges, type SiteChange } from '../lib/changes.ts';
import { guideRoutes, hrefOf } from '../collections/routes.ts';
import { typeLabel } from '../collections/names.ts';
import { documentStatuses } from '../lib/vocabulary.ts';
import { guideDocuments } from './guides.ts';
import { knowledgeBase } from './knowledge-base.ts';

export async function siteChanges(limit?: number): Promise<SiteChange[]> {
  const kb = await knowledgeBase();
  const guides = await guideDocuments();
  return collectChanges(
    [
      ...kb.documents.map((document) => ({
        title: document.data.title,
        href: hrefOf(document),
        typeLabel: typeLabel(document.collection),
        changes: document.data.changes,
      })),
      // A guidance document's history is its versions: each publication is one change.
      ...guides.map((guide) => ({
        title: guide.current.data.title,
        href: guideRoutes.document(guide.id),
        typeLabel: typeLabel(guide.current.collection),
        changes: guide.versions.map((version) => ({
          date: version.data.date,
          note: `Wersja ${version.data.version} (${documentStatuses[version.data.status]}). ${version.data.changeNote ?? 'Pierwsza wersja.'}`,
        })),
      })),
    ],
    limit,
  );
}
