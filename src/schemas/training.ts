import { z } from 'astro/zod';
import { checkUpdatedMatchesChanges, documentFields, plainText, type ReferenceTo } from './fields.ts';

/** A training module or cycle (Szkoła Kooperacji, CUS competence modules, DI workshops, FERS trainings). */
export function trainingSchema(reference: ReferenceTo) {
  return z
    .strictObject({
      ...documentFields(reference),
      /** The project that runs it. */
      project: reference('projects'),
      /** Who takes part, as the source says. */
      audience: z.array(plainText).default([]),
      /** Models the training teaches, if any. */
      models: z.array(reference('models')).default([]),
    })
    .superRefine(checkUpdatedMatchesChanges);
}

export type TrainingData = z.output<ReturnType<typeof trainingSchema>>;
