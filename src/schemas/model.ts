import { z } from 'astro/zod';
import { checkUpdatedMatchesChanges, documentFields, plainText, type ReferenceTo } from './fields.ts';
import { keysOf, modelKinds } from './vocabulary.ts';

/** A model (model kooperacji, model opieki, model tworzenia programów): the method a project produced. */
export function modelSchema(reference: ReferenceTo) {
  return z
    .strictObject({
      ...documentFields(reference),
      /** Kind of model. */
      kind: z.enum(keysOf(modelKinds), {
        error: (issue) => `oczekiwano jednego z rodzajów: ${Object.keys(modelKinds).join(', ')}; znaleziono „${String(issue.input)}”`,
      }),
      /** The project that worked the model out. */
      project: reference('projects'),
      /** Who the model is for, as the source says, e.g. "gminy wiejskie". */
      audience: z.array(plainText).default([]),
    })
    .superRefine(checkUpdatedMatchesChanges);
}

export type ModelData = z.output<ReturnType<typeof modelSchema>>;
