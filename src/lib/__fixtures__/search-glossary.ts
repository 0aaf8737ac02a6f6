/** A small glossary shaped like the site's, for the search tests. */
import { searchGlossary } from '../search-text.ts';

export const glossary = searchGlossary([
  { data: { term: 'CUS', expansion: 'centrum usług społecznych', aliases: ['centrum usług społecznych', 'Centrów Usług Społecznych'] } },
  { data: { term: 'ROPS', expansion: 'regionalny ośrodek polityki społecznej', aliases: ['ROPS-u'] } },
  { data: { term: 'PUP', expansion: 'powiatowy urząd pracy' } },
  { data: { term: 'ES', expansion: 'ekonomia społeczna' } },
  { data: { term: 'opieka wytchnieniowa', aliases: ['opieki wytchnieniowej'] } },
]);
