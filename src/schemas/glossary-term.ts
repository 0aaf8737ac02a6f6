import { z } from 'astro/zod';
import { englishGlossaryTerm } from './english.ts';
import { formerIds, plainText, type ReferenceTo, title, entryRefs } from './fields.ts';
import { entryId } from './entry-id.ts';

/** A glossary term: an acronym or term of art, explained in plain Polish. */
export function glossaryTermSchema(reference: ReferenceTo) {
  const to = entryRefs(reference);
  return z.strictObject({
    id: entryId.describe('Stały identyfikator hasła, np. `ops`; adres strony hasła to `/slownik/<id>/`.'),
    term: title.describe('Pojęcie tak, jak występuje w tekście, np. „OPS” albo „kontrakt socjalny”.'),
    expansion: plainText
      .optional()
      .describe('Rozwinięcie skrótu, np. „ośrodek pomocy społecznej”; serwis pokazuje je przy pierwszym użyciu skrótu na stronie.'),
    definition: plainText.describe('Co pojęcie znaczy, w jednym–dwóch prostych zdaniach.'),
    aliases: z
      .array(plainText)
      .default([])
      .describe('Inne formy zapisu i odmiany, które czytelnik może spotkać, np. `[regionalny ośrodek polityki społecznej, ROPS-u, ROPS-ów]`.'),
    sources: z
      .array(to.sources)
      .min(1, { error: 'podaj co najmniej jeden dokument źródłowy, w którym pojęcie występuje' })
      .describe('Dokumenty źródłowe, w których pojęcie występuje, co najmniej jeden, np. `[zrodlo-kooperacja-miasta]`.'),
    english: englishGlossaryTerm
      .optional()
      .describe(
        'Hasło po angielsku (`expansion`, `definition`) dla strony `/en/glossary/`; wymagane, gdy hasło wymienia pole `english › terms` którejś strony.',
      ),
    // Named differently from the other types because `aliases` here lists other spellings of the term.
    formerIds: formerIds.describe(
      'Dawne identyfikatory hasła, których adresy prowadzą do jego strony (w innych rodzajach treści to pole nazywa się `aliases`); zob. „Zmiana adresu wpisu”.',
    ),
  });
}
