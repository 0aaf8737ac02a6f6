/**
 * The packs a reader can save for reading without a connection: one for each project, model,
 * programme and course page, with the pages that go with it. The files every page needs (styles,
 * scripts, island code, linked data) are found after the build from the built pages
 * (src/integrations/offline.ts, src/lib/offline/pack-files.ts); only what no HTML names is here.
 */
import { hrefOf } from '../collections/routes.ts';
import type { ContentTypeRow } from '../collections/row.ts';
import { contentTypeNames, contentTypes, type ContentTypeName } from '../collections/table.ts';
import { coursePathAddress } from '../lib/course-path.ts';
import { LINK_CATALOGUE_PATH } from '../lib/link-catalogue.ts';
import { definePack, type PackDefinition, type PackPage } from '../lib/offline/pack-definition.ts';
import { OFFER_PANEL_SCRIPT, pagePath } from '../lib/offline/offline-addresses.ts';
import { courses } from './courses.ts';
import { easyReadOf } from './easy-read.ts';
import { counterpartOf } from './english-pages.ts';
import { entryTitle, knowledgeBase } from './knowledge-base.ts';

const offlineOf = (type: ContentTypeName) => (contentTypes[type] as ContentTypeRow).offline;

/** The types whose pages offer "Zapisz do czytania bez internetu" (DocumentLayout shows it for these), by their rows' `offline`. */
export const OFFLINE_PACK_TYPES: readonly ContentTypeName[] = contentTypeNames.filter((type) => offlineOf(type) !== undefined);

async function englishPage(address: string): Promise<PackPage | undefined> {
  const english = await counterpartOf(address);
  return english ? { path: english, title: 'Wersja angielska (English summary)' } : undefined;
}

async function easyReadPage(subject: { collection: ContentTypeName; id: string }): Promise<PackPage | undefined> {
  const text = await easyReadOf(subject);
  return text ? { path: hrefOf(text), title: 'Tekst łatwy do czytania' } : undefined;
}

/**
 * A course's pack: the course path page that prints it (it reads the path from its own address
 * and the catalogue file), its trainings, and the pages its sessions send trainees to.
 */
async function coursePacks(): Promise<PackDefinition[]> {
  const kb = await knowledgeBase();
  return (await courses()).map(({ entry, sessions }) => {
    const keys = sessions.flatMap((session) => session.items.map((item) => item.key));
    const path = { title: entry.data.shortTitle ?? entry.data.title, keys };
    const trainings = kb.getAll(entry.data.trainings).map((training) => ({ path: hrefOf(training), title: `Szkolenie: ${training.data.title}` }));
    const items = sessions.flatMap((session) => session.items.map((item) => ({ path: pagePath(item.href), title: item.pageTitle })));
    return definePack({
      address: hrefOf(entry),
      title: entry.data.title,
      related: [{ path: coursePathAddress(path), title: 'Kurs jako ścieżka szkoleniowa (do wydruku)' }, ...trainings, ...items],
      files: [LINK_CATALOGUE_PATH, ...PANEL],
    });
  });
}

/**
 * The panel's own code is added by a script element, which no HTML names: every pack takes it, so
 * a saved page shows its saved state offline.
 */
const PANEL = [OFFER_PANEL_SCRIPT];

let loading: Promise<PackDefinition[]> | undefined;

/** Every pack of the site, in the order of the table's types and then of their entries. */
export function offlinePacks(): Promise<PackDefinition[]> {
  loading ??= (async () => {
    const kb = await knowledgeBase();
    const pages = contentTypeNames
      .filter((type) => offlineOf(type) === 'page')
      .flatMap((type) => kb.entriesOf(type))
      .map(async (entry) =>
        definePack({
          address: hrefOf(entry),
          title: entryTitle(entry),
          related: [await easyReadPage(entry), await englishPage(hrefOf(entry))],
          files: PANEL,
        }),
      );
    const withCourses = contentTypeNames.some((type) => offlineOf(type) === 'course');
    return [...(await Promise.all(pages)), ...(withCourses ? await coursePacks() : [])];
  })();
  return loading;
}

/** The pack saved from the page at `address`, if its page offers one. */
export async function offlinePackOf(address: string): Promise<PackDefinition | undefined> {
  return (await offlinePacks()).find((pack) => pack.address === pagePath(address));
}
