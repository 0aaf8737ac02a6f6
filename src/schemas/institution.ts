import { z } from 'astro/zod';
import { checkUpdatedMatchesChanges, documentFields, plainText, type ReferenceTo } from './fields.ts';
import { institutionTypes, keysOf } from '../lib/vocabulary.ts';

/**
 * An institution: a named organisation (ROPS w Białymstoku) or a kind of body the sources name
 * (GOPS, PCPR, OIK), one record each, linked from every page that mentions it.
 */
export function institutionSchema(reference: ReferenceTo) {
  return z
    .strictObject({
      ...documentFields(reference),
      /** Short form used in running text, e.g. "ROPS w Białymstoku". */
      shortName: plainText.optional(),
      /** Kind of institution; `rodzaj-instytucji` for a type of body rather than one organisation. */
      type: z.enum(keysOf(institutionTypes), {
        error: (issue) => `oczekiwano jednego z rodzajów: ${Object.keys(institutionTypes).join(', ')}; znaleziono „${String(issue.input)}”`,
      }),
      /** Town of the seat as the source names it, e.g. "Białystok". */
      seat: plainText.optional(),
      /** Places the institution works in, only where the source says so (a ROPS's województwo, the gminas a foundation works in). */
      places: z.array(reference('places')).min(1).optional(),
    })
    .superRefine(checkUpdatedMatchesChanges);
}

export type InstitutionData = z.output<ReturnType<typeof institutionSchema>>;
