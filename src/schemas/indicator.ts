import { z } from 'astro/zod';
import { formerIds, type ReferenceTo, title } from './fields.ts';
import { describeValue } from '../lib/editor-errors.ts';
import { indicatorKinds, keysOf } from '../lib/vocabulary.ts';
import { entryId } from './entry-id.ts';

/**
 * An indicator (wskaźnik): a named measure with its target as the source gives it. `achieved` stays
 * empty until a source gives the achieved value; pages then say "brak danych".
 */
export function indicatorSchema(reference: ReferenceTo) {
  return z.strictObject({
    /** Stable id, lowercase with hyphens, e.g. "pracownicy-podniesione-kwalifikacje". */
    id: entryId,
    /** The indicator's name as the source words it. */
    label: title,
    /** wskaźnik rezultatu or produktu. */
    kind: z.enum(keysOf(indicatorKinds), {
      error: (issue) => `oczekiwano jednego z rodzajów: ${Object.keys(indicatorKinds).join(', ')}; znaleziono „${String(issue.input)}”`,
    }),
    /** Unit: "osoby" or "%". */
    unit: z.enum(['osoby', '%'], { error: (issue) => `oczekiwano jednostki „osoby” lub „%”; znaleziono „${String(issue.input)}”` }),
    /** Target value from the source. */
    target: z
      .number({ error: (issue) => `oczekiwano liczby (wartość docelowa); znaleziono ${describeValue(issue.input)}` })
      .nonnegative({ error: 'wartość docelowa nie może być ujemna' }),
    /** Achieved value, only when a source gives it. */
    achieved: z.number().nonnegative().optional(),
    /** The project that set the target. */
    project: reference('projects'),
    /** The source document that gives the target. */
    source: reference('sources'),
    /** Former ids whose addresses lead to this indicator's page; see `formerIds`. */
    aliases: formerIds,
  });
}

export type IndicatorData = z.output<ReturnType<typeof indicatorSchema>>;
