import { z } from 'astro/zod';
import { parseStepCode } from '../lib/step-codes.ts';
import { checkUpdatedMatchesChanges, documentFields, plainText, type ReferenceTo, title } from './fields.ts';

/** An address of a section or chart on this site with its anchor, e.g. `/modele/model-kooperacji-dla-miast/#obszary-kooperacji`. */
const SITE_ANCHOR = /^\/(?:[a-z0-9-]+\/)+#[a-z0-9-]+$/;

/**
 * What a session uses: a workflow step by its code ("MK-M 3") or a section or chart by its address
 * with the anchor. That the step, page and anchor exist is checked against the built site's
 * catalogue of linkable items, so a course never links to something that is not there.
 */
const courseItem = z
  .string({ error: 'oczekiwano kodu kroku (np. "MK-M 3") albo adresu z kotwicą (np. "/modele/model-kooperacji-dla-miast/#obszary-kooperacji")' })
  .refine((text) => parseStepCode(text) !== undefined || SITE_ANCHOR.test(text), {
    error: (issue) =>
      `oczekiwano kodu kroku (np. "MK-M 3") albo adresu strony serwisu z kotwicą sekcji lub wykresu (np. "/wskazniki/#wykres-budzety"); znaleziono „${String(issue.input)}”`,
  });

/** One session (zajęcia) of a course: what it is about and the site's sections, steps and charts it uses, in order. */
const courseSessionSchema = z.strictObject({
  /** E.g. "Model kooperacji dla gmin wiejskich". */
  title,
  /** What participants look at in this session, one or two sentences. */
  goal: plainText.optional(),
  /** Items in the order the session uses them. */
  items: z.array(courseItem).min(1, { error: 'zajęcia muszą wskazywać co najmniej jeden krok, sekcję albo wykres' }),
});

/**
 * A course of this site: the knowledge base's sections, steps and charts arranged by the editors
 * for a training (Szkoła Kooperacji, the CUS modules, the DI workshops). It is the site's own
 * material for trainers, not the training's programme.
 */
export function courseSchema(reference: ReferenceTo) {
  return z
    .strictObject({
      ...documentFields(reference),
      /** The trainings this course accompanies. */
      trainings: z.array(reference('trainings')).min(1, { error: 'podaj co najmniej jedno szkolenie, do którego są te materiały' }),
      sessions: z.array(courseSessionSchema).min(1, { error: 'kurs musi mieć co najmniej jedne zajęcia' }),
    })
    .superRefine(checkUpdatedMatchesChanges);
}

export type CourseData = z.output<ReturnType<typeof courseSchema>>;
