/**
 * The English pages' search vocabulary: every word of their texts, so a query with a typo
 * ("respit", "cordinator") is spelled as the English pages spell it before it reaches pagefind,
 * and each glossary acronym with its English expansion ("social welfare centre" → OPS).
 */
import type { APIRoute } from 'astro';
import { englishEntries } from '../../../data/english-pages.ts';
import { knowledgeBase } from '../../../data/knowledge-base.ts';
import { searchGlossary } from '../../../lib/search-text.ts';
import { buildSearchVocabulary } from '../../../lib/search-vocabulary.ts';

/** Every string of an `english` field (references excepted). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object' && !(value instanceof Date) && !('collection' in value)) return Object.values(value).flatMap(strings);
  return [];
}

export const GET: APIRoute = async () => {
  const kb = await knowledgeBase();
  const entries = await englishEntries();
  const glossary = kb.glossary.flatMap(({ data }) => (data.english ? [{ data: { term: data.term, expansion: data.english.expansion } }] : []));
  const texts = [
    ...entries.flatMap((entry) => strings(entry.data.english)),
    ...kb.institutions.flatMap((institution) => (institution.data.englishName ? [institution.data.englishName] : [])),
    ...kb.glossary.flatMap(({ data }) => (data.english ? [data.english.definition, data.english.expansion ?? ''] : [])),
  ];
  return new Response(JSON.stringify(buildSearchVocabulary(texts, searchGlossary(glossary))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
