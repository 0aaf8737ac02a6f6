import { z } from 'astro/zod';
import { parseStepCode } from '../lib/step-codes.ts';
import { checkUpdatedMatchesChanges, documentFields, plainText, type ReferenceTo, title, entryRefs } from './fields.ts';

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
  })
  .meta({ editorType: 'kod kroku albo adres z kotwicą' });

/** One session (zajęcia) of a course: what it is about and the site's sections, steps and charts it uses, in order. */
const courseSessionSchema = z.strictObject({
  title: title.describe('Tytuł zajęć, np. „Model kooperacji dla gmin wiejskich”.'),
  goal: plainText.optional().describe('Czym zajmują się uczestnicy na tych zajęciach, jedno–dwa zdania, np. „Czym jest model i jak był sprawdzany.”'),
  items: z
    .array(courseItem)
    .min(1, { error: 'zajęcia muszą wskazywać co najmniej jeden krok, sekcję albo wykres' })
    .describe(
      'Kroki, sekcje i wykresy, których zajęcia używają, w kolejności: kod kroku (`MK-GW 2`) albo adres strony z kotwicą sekcji (`/modele/model-kooperacji-dla-gmin-wiejskich/#czym-jest-model`) lub wykresu (`/wskazniki/#wykres-budzety`).',
    ),
});

/**
 * A course of this site: the knowledge base's sections, steps and charts arranged by the editors
 * for a training (Szkoła Kooperacji, the CUS modules, the DI workshops). It is the site's own
 * material for trainers, not the training's programme.
 */
export function courseSchema(reference: ReferenceTo) {
  const to = entryRefs(reference);
  return z
    .strictObject({
      ...documentFields(reference),
      trainings: z
        .array(to.trainings)
        .min(1, { error: 'podaj co najmniej jedno szkolenie, do którego są te materiały' })
        .describe('Szkolenia, do których są te materiały, co najmniej jedno, np. `[szkola-kooperacji]`.'),
      sessions: z.array(courseSessionSchema).min(1, { error: 'kurs musi mieć co najmniej jedne zajęcia' }).describe('Zajęcia po kolei, co najmniej jedne.'),
    })
    .superRefine(checkUpdatedMatchesChanges);
}

export type CourseData = z.output<ReturnType<typeof courseSchema>>;
