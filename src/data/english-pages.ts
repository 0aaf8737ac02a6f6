/**
 * The English pages that exist and their Polish counterparts: every entry of a type with English
 * pages whose `english` field is written, and the site's own English pages. The language link,
 * hreflang and the English section pages read this; addresses pair by src/collections/languages.ts.
 */
import type { CollectionEntry } from 'astro:content';
import { englishEntryHref, englishStaticPages, englishTypeNames, languageRoutePairs } from '../collections/languages.ts';
import { counterpartPath } from '../lib/i18n/language-routes.ts';
import { knowledgeBase } from './knowledge-base.ts';

type Translatable = CollectionEntry<'projects' | 'models' | 'programmes'>;
export type EnglishEntry<C extends Translatable['collection'] = Translatable['collection']> = CollectionEntry<C> & {
  data: { english: NonNullable<CollectionEntry<C>['data']['english']> };
};

function hasEnglish<E extends Translatable>(entry: E): entry is E & EnglishEntry<E['collection']> {
  return entry.data.english !== undefined;
}

/** The entries of a type that have an English page, in the type's order. */
export async function englishEntriesOf<C extends Translatable['collection']>(type: C): Promise<EnglishEntry<C>[]> {
  const kb = await knowledgeBase();
  return (kb[type] as CollectionEntry<C>[]).filter(hasEnglish) as EnglishEntry<C>[];
}

let pairsLoading: Promise<Map<string, string>> | undefined;

/** Every page with a counterpart, both ways: Polish address → English and English → Polish. */
function pagePairs(): Promise<Map<string, string>> {
  pairsLoading ??= (async () => {
    const kb = await knowledgeBase();
    const english = [
      ...Object.values(englishStaticPages).filter((path) => path.endsWith('/')),
      ...englishTypeNames.flatMap((type) =>
        (kb.entriesOf(type) as Translatable[]).filter(hasEnglish).map((entry) => englishEntryHref(entry.collection, entry.id)),
      ),
    ];
    const pairs = new Map<string, string>();
    for (const path of english) {
      const polish = counterpartPath(path, languageRoutePairs);
      if (!polish) continue;
      pairs.set(path, polish);
      pairs.set(polish, path);
    }
    return pairs;
  })();
  return pairsLoading;
}

/** The page's counterpart in the other language, or undefined when it has none. */
export async function counterpartOf(path: string): Promise<string | undefined> {
  return (await pagePairs()).get(path);
}
