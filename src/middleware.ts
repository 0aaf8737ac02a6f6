/**
 * Post-processes every rendered page (at build time for this static site): acronyms in the main
 * content are explained and linked to the glossary on first use.
 */
import { getCollection } from 'astro:content';
import { defineMiddleware } from 'astro:middleware';
import { annotateAbbreviations, type Abbreviation } from './lib/abbreviations.ts';
import { glossaryAcronymForms } from './lib/acronym-text.ts';
import { entryHref } from './collections/routes.ts';
import { SITE_ACRONYMS } from './lib/site-acronyms.ts';

let abbreviations: Promise<Abbreviation[]> | undefined;

function loadAbbreviations(): Promise<Abbreviation[]> {
  abbreviations ??= getCollection('glossary').then((terms) => [
    ...glossaryAcronymForms(terms).map(({ term, expansion, id }) => ({ term, expansion, href: entryHref('glossary', id) })),
    ...SITE_ACRONYMS,
  ]);
  return abbreviations;
}

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const html = await response.text();
  const annotated = annotateAbbreviations(html, await loadAbbreviations(), context.url.pathname);
  return new Response(annotated, { status: response.status, statusText: response.statusText, headers: response.headers });
});
