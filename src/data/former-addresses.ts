/**
 * The former addresses this build publishes: every address of a published entry under each of its
 * former ids (`aliases`; `formerIds` in the glossary), with the address that replaced it. A guidance
 * document keeps the union of its published versions' former ids, and each of its pages (versions,
 * comparisons, remark forms) gets its twin. Computed once per build.
 */
import { isPageAddress, redirectsUnder, type Redirect } from '../lib/redirects.ts';
import { entryHref, guideAddresses, guideRoutes, hrefOf } from '../collections/routes.ts';
import { englishEntryHref, hasEnglishPages } from '../collections/languages.ts';
import { contentTypes } from '../collections/table.ts';
import type { Language } from '../lib/i18n/interface-text.ts';
import { guideDocuments, type GuideVersionEntry } from './guides.ts';
import type { AnyEntry } from '../collections/entries.ts';
import { entryTitle, knowledgeBase } from './knowledge-base.ts';

/** A former page address, with the title and language of the page it now leads to. */
export interface FormerPage extends Redirect {
  title: string;
  language: Language;
}

/** A former address of a version's blank remarks form: the file is served there too, since a CSV cannot redirect. */
export interface FormerRemarkForm extends Redirect {
  version: GuideVersionEntry;
}

export interface FormerAddresses {
  pages: FormerPage[];
  remarkForms: FormerRemarkForm[];
  all: Redirect[];
}

/**
 * The field defaults to `[]`, but Astro re-reads a file only when it or `content.config.ts` changes,
 * so entries cached by a build made before the field existed come without it.
 */
function formerIdsOf(entry: AnyEntry | GuideVersionEntry): readonly string[] {
  return ((entry.data as Record<string, unknown>)[contentTypes[entry.collection].formerIdsField] as string[] | undefined) ?? [];
}

async function load(): Promise<FormerAddresses> {
  const kb = await knowledgeBase();
  const pages: FormerPage[] = [];
  const remarkForms: FormerRemarkForm[] = [];
  for (const entry of kb.all) {
    const formerBases = formerIdsOf(entry).map((formerId) => entryHref(entry.collection, formerId));
    for (const redirect of redirectsUnder(hrefOf(entry), formerBases)) pages.push({ ...redirect, title: entryTitle(entry), language: 'pl' });
    const english = (entry.data as { english?: { title: string } }).english;
    if (english && hasEnglishPages(entry.collection)) {
      const formerEnglish = formerIdsOf(entry).map((formerId) => englishEntryHref({ collection: entry.collection, id: formerId }));
      for (const redirect of redirectsUnder(englishEntryHref(entry), formerEnglish)) pages.push({ ...redirect, title: english.title, language: 'en' });
    }
  }
  for (const guide of await guideDocuments()) {
    const formerIds = [...new Set(guide.versions.flatMap(formerIdsOf))];
    const byRemarkForm = new Map(guide.versions.map((version) => [guideRoutes.remarkTemplate(guide.id, version.data.version), version]));
    const addresses = guideAddresses(
      guide.id,
      guide.versions.map((version) => version.data.version),
    );
    const formerBases = formerIds.map((formerId) => guideRoutes.document(formerId));
    for (const redirect of redirectsUnder(guideRoutes.document(guide.id), formerBases, addresses)) {
      if (isPageAddress(redirect.from)) pages.push({ ...redirect, title: guide.current.data.title, language: 'pl' });
      else remarkForms.push({ ...redirect, version: byRemarkForm.get(redirect.to)! });
    }
  }
  return { pages, remarkForms, all: [...pages, ...remarkForms].map(({ from, to }) => ({ from, to })) };
}

let loading: Promise<FormerAddresses> | undefined;

export function formerAddresses(): Promise<FormerAddresses> {
  loading ??= load();
  return loading;
}
