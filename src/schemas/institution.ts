import { z } from 'astro/zod';
import { englishName } from './english.ts';
import { checkUpdatedMatchesChanges, documentFields, plainText, type ReferenceTo, entryRefs } from './fields.ts';
import { institutionTypes, keysOf } from '../lib/vocabulary.ts';

/**
 * An institution: a named organisation (ROPS w Białymstoku) or a kind of body the sources name
 * (GOPS, PCPR, OIK), one record each, linked from every page that mentions it.
 */
export function institutionSchema(reference: ReferenceTo) {
  const to = entryRefs(reference);
  return z
    .strictObject({
      ...documentFields(reference),
      shortName: plainText.optional().describe('Krótka forma nazwy używana w tekście, np. „ROPS w Białymstoku”.'),
      type: z
        .enum(keysOf(institutionTypes), {
          error: (issue) => `oczekiwano jednego z rodzajów: ${Object.keys(institutionTypes).join(', ')}; znaleziono „${String(issue.input)}”`,
        })
        .describe('Rodzaj instytucji; `rodzaj-instytucji` oznacza rodzaj podmiotu (np. GOPS, PCPR), a nie jedną organizację.'),
      englishName: englishName
        .optional()
        .describe(
          'Objaśnienie polskiej nazwy po angielsku, które strony angielskie pokazują w nawiasie przy nazwie, np. „Regional Social Policy Centre in Białystok”; wymagane, gdy instytucja występuje na stronie angielskiej.',
        ),
      seat: plainText.optional().describe('Miejscowość siedziby tak, jak podaje ją źródło, np. „Białystok”.'),
      places: z
        .array(to.places)
        .min(1)
        .optional()
        .describe(
          'Miejsca, w których instytucja działa – tylko gdy źródło to mówi (województwo ROPS, gminy, w których działa fundacja), np. `[wojewodztwo-podlaskie]`.',
        ),
    })
    .superRefine(checkUpdatedMatchesChanges);
}
