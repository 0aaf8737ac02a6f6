import { z } from 'astro/zod';
import { checkUpdatedMatchesChanges, documentFields, isoDate, plainText, year, type ReferenceTo } from './fields.ts';

/** A local programme adopted by a council resolution, e.g. a respite-care programme. */
export function programmeSchema(reference: ReferenceTo) {
  return z
    .strictObject({
      ...documentFields(reference),
      /** The gmina or city whose council adopted it. */
      place: reference('places'),
      /** The resolution that adopted the programme. */
      resolution: z.strictObject({
        /** Body that adopted it, e.g. "Rada Miasta Rybnika". */
        body: plainText,
        /** Number as written, e.g. "715/XLIII/2021". */
        number: plainText,
        /** Date of adoption, `RRRR-MM-DD`. */
        date: isoDate,
      }),
      /** Years the programme covers. */
      years: z.strictObject({ from: year, to: year }).refine((years) => years.from <= years.to, {
        error: 'rok „to” jest wcześniejszy niż rok „from”',
        path: ['to'],
      }),
      /** The project within which it was adopted. */
      project: reference('projects').optional(),
      /** The model it follows. */
      model: reference('models').optional(),
    })
    .superRefine(checkUpdatedMatchesChanges);
}

export type ProgrammeData = z.output<ReturnType<typeof programmeSchema>>;
