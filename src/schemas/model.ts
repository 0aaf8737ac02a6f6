import { z } from 'astro/zod';
import { checkUpdatedMatchesChanges, documentFields, plainText, type ReferenceTo } from './fields.ts';
import { keysOf, modelKinds } from '../lib/vocabulary.ts';
import { workflowSchema } from './workflow.ts';

/**
 * One institution's part in a model, as the source describes it: who (a named organisation such
 * as `rops-bialystok` or a kind of body such as `rodzaj-ops`), in what role, doing what.
 */
export function modelRoleSchema(reference: ReferenceTo) {
  return z.strictObject({
    /** The institution or kind of body — an id from `content/institutions/`, e.g. `rodzaj-ops`. */
    institution: reference('institutions'),
    /** The role in a few words, as the source names it, e.g. "animator kooperacji". */
    role: plainText,
    /**
     * What the institution does in this role, one short sentence each, in the source's order.
     * Default `[]`: the page then says the source does not describe the tasks.
     */
    tasks: z.array(plainText).default([]),
  });
}

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
      /**
       * Who acts in the model and how, e.g. `{ institution: rodzaj-ops, role: animator kooperacji,
       * tasks: [zawiązuje partnerstwo sektorowe] }`. Default `[]`. Listed on the model page under
       * "Role w modelu" and, through back-links, on each institution's page.
       */
      roles: z.array(modelRoleSchema(reference)).default([]),
      /** The model's steps, shown by the explorer on the model page; see `src/schemas/workflow.ts`. */
      workflow: workflowSchema(reference).optional(),
    })
    .superRefine(checkUpdatedMatchesChanges);
}

export type ModelRoleData = z.output<ReturnType<typeof modelRoleSchema>>;
export type ModelData = z.output<ReturnType<typeof modelSchema>>;
