/**
 * Post-processes every rendered page (at build time for this static site): acronyms in the main
 * content are explained and linked to the glossary on first use.
 */
import { getCollection } from 'astro:content';
import { defineMiddleware } from 'astro:middleware';
import { annotateAbbreviations, isAcronym, type Abbreviation } from './lib/abbreviations.ts';
import { entryHref } from './lib/routes.ts';

let abbreviations: Promise<Abbreviation[]> | undefined;

function loadAbbreviations(): Promise<Abbreviation[]> {
  abbreviations ??= getCollection('glossary').then((terms) =>
    terms.flatMap(({ id, data }) => {
      const { expansion } = data;
      if (!expansion) return [];
      // Short forms listed as aliases ("IRWiR" for "IRWiR PAN") are explained like the term itself.
      const forms = [data.term, ...data.aliases.filter(isAcronym)];
      return forms.map((term) => ({ term, expansion, href: entryHref('glossary', id) }));
    }),
  );
  return abbreviations;
}

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const html = await response.text();
  const annotated = annotateAbbreviations(html, await loadAbbreviations(), context.url.pathname);
  return new Response(annotated, { status: response.status, statusText: response.statusText, headers: response.headers });
});
