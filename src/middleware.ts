/**
 * Post-processes every rendered page (at build time for this static site): acronyms in the main
 * content are explained and linked to the glossary on first use, in the page's language (English
 * pages: the glossary's English expansions, linked to the English glossary).
 */
import { defineMiddleware } from 'astro:middleware';
import { annotateAbbreviations, type Abbreviation } from './lib/abbreviations.ts';
import { glossaryAcronymForms } from './lib/acronym-text.ts';
import { englishStaticPages } from './collections/languages.ts';
import { hrefOf } from './collections/routes.ts';
import { knowledgeBase } from './data/knowledge-base.ts';
import { interfaceText, type Language } from './lib/i18n/interface-text.ts';
import { languageOfPath } from './lib/i18n/language-routes.ts';

const abbreviations = new Map<Language, Promise<Abbreviation[]>>();

async function abbreviationsIn(language: Language): Promise<Abbreviation[]> {
  const terms = (await knowledgeBase()).glossary;
  const glossary =
    language === 'pl'
      ? terms.flatMap((entry) => glossaryAcronymForms([entry]).map(({ term, expansion }) => ({ term, expansion, href: hrefOf(entry) })))
      : glossaryAcronymForms(
          terms.flatMap((entry) => (entry.data.english?.expansion ? [{ ...entry, data: { ...entry.data, expansion: entry.data.english.expansion } }] : [])),
        ).map(({ term, expansion, id }) => ({ term, expansion, href: `${englishStaticPages.glossary}#${id}` }));
  return [...glossary, ...interfaceText(language).siteAcronyms];
}

function loadAbbreviations(language: Language): Promise<Abbreviation[]> {
  if (!abbreviations.has(language)) abbreviations.set(language, abbreviationsIn(language));
  return abbreviations.get(language)!;
}

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const html = await response.text();
  const annotated = annotateAbbreviations(html, await loadAbbreviations(languageOfPath(context.url.pathname)), context.url.pathname);
  return new Response(annotated, { status: response.status, statusText: response.statusText, headers: response.headers });
});
