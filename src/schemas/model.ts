import { z } from 'astro/zod';
import { checkUpdatedMatchesChanges, documentFields, plainText, type ReferenceTo, entryRefs } from './fields.ts';
import { keysOf, modelKinds } from '../lib/vocabulary.ts';
import { inBrief } from './in-brief.ts';
import { workflowSchema } from './workflow.ts';
import { checkTranslationCurrent, englishModelSchema } from './english.ts';

/**
 * One institution's part in a model, as the source describes it: who (a named organisation such
 * as `rops-bialystok` or a kind of body such as `rodzaj-ops`), in what role, doing what.
 */
export function modelRoleSchema(reference: ReferenceTo) {
  const to = entryRefs(reference);
  return z.strictObject({
    institution: to.institutions.describe('Instytucja albo rodzaj instytucji z `content/institutions/`, np. `rodzaj-ops`.'),
    role: plainText.describe('Rola w kilku słowach, tak jak nazywa ją źródło, np. „animator kooperacji”.'),
    tasks: z
      .array(plainText)
      .default([])
      .describe(
        'Co instytucja robi w tej roli, po jednym krótkim zdaniu, w kolejności ze źródła, np. „zawiązuje partnerstwo sektorowe wokół osoby lub rodziny”. Bez zadań strona powie, że źródło ich nie opisuje.',
      ),
  });
}

/** A model (model kooperacji, model opieki, model tworzenia programów): the method a project produced. */
export function modelSchema(reference: ReferenceTo) {
  const to = entryRefs(reference);
  return z
    .strictObject({
      ...documentFields(reference),
      kind: z
        .enum(keysOf(modelKinds), {
          error: (issue) => `oczekiwano jednego z rodzajów: ${Object.keys(modelKinds).join(', ')}; znaleziono „${String(issue.input)}”`,
        })
        .describe('Rodzaj modelu.'),
      project: to.projects.describe('Projekt, który wypracował model, np. `model-kooperacji-dla-miast`.'),
      inBrief,
      audience: z
        .array(plainText)
        .default([])
        .describe('Dla kogo jest model, słowami źródła, np. „rodziny i osoby, zwłaszcza korzystające z pomocy i integracji społecznej”.'),
      roles: z
        .array(modelRoleSchema(reference))
        .default([])
        .describe(
          'Role w modelu: kto działa i jak. Strona modelu pokazuje je w sekcji „Role w modelu”, a strona instytucji – w jakich modelach i z jaką rolą występuje.',
        ),
      workflow: workflowSchema(reference)
        .optional()
        .describe('Przebieg modelu krok po kroku; strona pokazuje go w sekcji „Krok po kroku” (przeglądarka kroków). Zob. „Przebieg modelu”.'),
      english: englishModelSchema(reference)
        .optional()
        .describe(
          'Streszczenie strony i kroki przebiegu po angielsku, z których powstaje strona `/en/models/<id>/`; każdy model musi je mieć. Zob. „Strony po angielsku”.',
        ),
    })
    .superRefine(checkUpdatedMatchesChanges)
    .superRefine(checkTranslationCurrent);
}
