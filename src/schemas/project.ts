import { z } from 'astro/zod';
import { checkUpdatedMatchesChanges, documentFields, isoDate, money, percent, plainText, year, type ReferenceTo } from './fields.ts';
import { fundingProgrammes, keysOf } from '../lib/vocabulary.ts';

/**
 * A project (projekt): one per source document. Frontmatter holds the facts other pages use
 * (who, money, time, territory); goals, tasks and target groups are written in the MDX body.
 */
export function projectSchema(reference: ReferenceTo) {
  return z
    .strictObject({
      ...documentFields(reference),
      /** Lead partner (lider) — an id from `content/institutions/`. */
      lead: reference('institutions'),
      /** Partners, in the order the source lists them. */
      partners: z.array(reference('institutions')).default([]),
      /** Other institutions with a role the source describes, e.g. an OPS acting for its city. */
      otherParticipants: z.array(z.strictObject({ institution: reference('institutions'), role: plainText })).default([]),
      funding: z.strictObject({
        /** One of: easi-2014-2020, po-wer-2014-2020, fers-2021-2027. */
        programme: z.enum(keysOf(fundingProgrammes), {
          error: (issue) => `oczekiwano jednego z programów: ${Object.keys(fundingProgrammes).join(', ')}; znaleziono „${String(issue.input)}”`,
        }),
        /** Priority axis as the source writes it, e.g. "IV. Innowacje społeczne i współpraca ponadnarodowa". */
        priorityAxis: plainText.optional(),
        /** Measure (działanie), e.g. "4.3 Współpraca ponadnarodowa". */
        measure: plainText.optional(),
        /** Fund, e.g. "Europejski Fundusz Społeczny Plus". */
        fund: plainText.optional(),
        /** Call for proposals (konkurs) with its number and title. */
        call: plainText.optional(),
        /** Type of projects within the measure, when the source names it. */
        projectType: plainText.optional(),
      }),
      /** Period of the project; either end may be missing when the source does not give it. */
      period: z
        .strictObject({
          start: isoDate.optional(),
          end: isoDate.optional(),
          /** Years only, for sources that give no days ("w latach 2018–2021"). */
          startYear: year.optional(),
          endYear: year.optional(),
        })
        .superRefine((period, ctx) => {
          if (period.start && period.end && period.start > period.end) {
            ctx.addIssue({ code: 'custom', path: ['end'], message: 'koniec okresu jest wcześniejszy niż jego początek' });
          }
          if (period.startYear && period.endYear && period.startYear > period.endYear) {
            ctx.addIssue({ code: 'custom', path: ['endYear'], message: 'rok końcowy jest wcześniejszy niż rok początkowy' });
          }
        }),
      /** Money as the source gives it; every part is optional because sources differ. */
      budget: z
        .strictObject({
          /** Total value (całkowita wartość / całkowity koszt) in zł. */
          total: money.optional(),
          /** True when the source gives the total as a ceiling ("nie więcej niż"). */
          totalIsCeiling: z.boolean().default(false),
          /** EU co-financing (dofinansowanie z UE) in zł. */
          euFunding: money.optional(),
          /** Targeted grant from the state budget (dotacja celowa) in zł. */
          targetedGrant: money.optional(),
          /** Maximum co-financing rate of eligible costs, in percent. */
          maxCofinancingRate: percent.optional(),
          /** Whether the beneficiary's own contribution is required, when the source says. */
          ownContributionRequired: z.boolean().optional(),
          /** The source document of these figures. */
          source: reference('sources'),
        })
        .optional(),
      /** Territory covered: ids of places (województwa, powiaty, gminy) the source names. */
      territory: z.array(reference('places')).default([]),
      /** What the source says about territory beyond named places, e.g. "20 powiatów i 30 gmin". */
      territoryNote: plainText.optional(),
    })
    .superRefine(checkUpdatedMatchesChanges);
}

export type ProjectInput = z.input<ReturnType<typeof projectSchema>>;
export type ProjectData = z.output<ReturnType<typeof projectSchema>>;
