import { z } from 'astro/zod';
import { checkUpdatedMatchesChanges, documentFields, plainText, type ReferenceTo, entryRefs } from './fields.ts';

/** A training module or cycle (Szkoła Kooperacji, CUS competence modules, DI workshops, FERS trainings). */
export function trainingSchema(reference: ReferenceTo) {
  const to = entryRefs(reference);
  return z
    .strictObject({
      ...documentFields(reference),
      project: to.projects.describe('Projekt, w którym prowadzi się szkolenie, np. `liderzy-kooperacji`.'),
      audience: z.array(plainText).default([]).describe('Kto bierze udział, słowami źródła, np. „kadra instytucji pomocy i integracji społecznej”.'),
      models: z.array(to.models).default([]).describe('Modele, których dotyczy szkolenie, np. `[model-kooperacji-dla-gmin-wiejskich]`.'),
    })
    .superRefine(checkUpdatedMatchesChanges);
}
