/**
 * The search vocabulary for the browser (`prepareSearchQuery`): every word of the knowledge base,
 * most frequent first, so a query typed without Polish letters or with a typo can be spelled as
 * on the site before it reaches pagefind. Loaded lazily, only when someone searches.
 */
import type { APIRoute } from 'astro';
import { knowledgeBase } from '../../data/knowledge-base.ts';
import { glossaryForSearch } from '../../data/search-glossary.ts';
import { buildSearchVocabulary } from '../../lib/search-vocabulary.ts';
import { SITE_ACRONYMS } from '../../lib/site-acronyms.ts';

/** Fields written in English, for the English pages' own vocabulary (src/pages/en/search/vocabulary.json.ts). */
const ENGLISH_FIELDS = new Set(['english', 'englishName']);

/** Every Polish string in an entry's data, references (collection and id) and English fields excepted. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    if ('collection' in value && 'id' in value) return [];
    return Object.entries(value).flatMap(([key, inner]) => (ENGLISH_FIELDS.has(key) ? [] : strings(inner)));
  }
  return [];
}

/** An MDX body as text: imports, components and markup are left out as far as a pattern can. */
function bodyText(body: string | undefined): string {
  if (!body) return '';
  return body
    .replace(/^import .*$/gm, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ');
}

export const GET: APIRoute = async () => {
  const { all } = await knowledgeBase();
  const texts = all.flatMap((entry) => [...strings(entry.data), bodyText(entry.body)]);
  texts.push(...SITE_ACRONYMS.flatMap((acronym) => [acronym.term, acronym.expansion]));
  return new Response(JSON.stringify(buildSearchVocabulary(texts, await glossaryForSearch())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
