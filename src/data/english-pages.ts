/**
 * The English pages that exist and their Polish counterparts: every entry of a type with English
 * pages whose `english` field is written, and the site's own English pages. The language link,
 * hreflang and the English section pages read this; addresses pair by src/collections/languages.ts.
 */
import type { CollectionEntry } from 'astro:content';
import { englishEntryHref, englishStaticPages, englishTypeNames, languageRoutePairs, type EnglishTypeName } from '../collections/languages.ts';
import { relationsOf } from '../collections/relations.ts';
import { counterpartPath } from '../lib/i18n/language-routes.ts';
import { knowledgeBase } from './knowledge-base.ts';

type Translatable = CollectionEntry<EnglishTypeName>;
export type EnglishEntry<C extends Translatable['collection'] = Translatable['collection']> = CollectionEntry<C> & {
  data: { english: NonNullable<CollectionEntry<C>['data']['english']> };
};

function hasEnglish<E extends Translatable>(entry: E): entry is E & EnglishEntry<E['collection']> {
  return entry.data.english !== undefined;
}

/** The entries that have an English page, of the list given (e.g. `kb.models`), in its order. */
export function withEnglish<E extends Translatable>(entries: readonly E[]): (E & EnglishEntry<E['collection']>)[] {
  return entries.filter(hasEnglish);
}

/** Every entry with an English page, type by type in the table's order. */
export async function englishEntries(): Promise<EnglishEntry[]> {
  const kb = await knowledgeBase();
  return englishTypeNames.flatMap((type) => withEnglish(kb.entriesOf(type) as Translatable[]));
}

/**
 * The entries with English pages that refer to `entry`, by the relations its table row declares
 * (a project's models and programmes, a model's programmes), each with its type.
 */
export async function englishReferrers(entry: Translatable): Promise<EnglishEntry[]> {
  const kb = await knowledgeBase();
  const english = new Set<string>(englishTypeNames);
  return relationsOf(entry.collection)
    .filter((relation) => english.has(relation.from))
    .flatMap((relation) => withEnglish(kb.referencing(entry, relation.from, relation.field) as Translatable[]));
}

let pairsLoading: Promise<Map<string, string>> | undefined;

/** Every page with a counterpart, both ways: Polish address → English and English → Polish. */
function pagePairs(): Promise<Map<string, string>> {
  pairsLoading ??= (async () => {
    const english = [...Object.values(englishStaticPages).filter((path) => path.endsWith('/')), ...(await englishEntries()).map(englishEntryHref)];
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
