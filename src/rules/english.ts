/**
 * English pages (the `english` field of projects, models and programmes): once a type whose row
 * requires them has English pages at all, every entry of it has one (a site, or a test fixture,
 * without any English is left alone); a model's English steps are its steps, with as many inputs and
 * outputs; the glossary terms and institutions an English page shows have their English text.
 * A stale translation is the schema's check (src/schemas/english.ts), by the change history.
 */
import type { ContentTypeRow } from '../collections/row.ts';
import { contentTypes } from '../collections/table.ts';
import type { ContentProblem } from '../lib/editor-errors.ts';
import { keyOf, readEntries } from './entries.ts';
import type { ParsedEntry, Rule } from './types.ts';

type Ref = { id: string };
interface EnglishStep {
  inputs: unknown[];
  outputs: unknown[];
  ways: unknown[];
}
interface Translatable {
  status?: string;
  english?: { terms: Ref[]; steps?: Record<string, EnglishStep> };
  workflow?: { steps: { id: string; inputs: unknown[]; outputs: unknown[]; actors: Ref[]; next: { when?: string }[] }[] };
  lead?: Ref;
  partners?: Ref[];
  otherParticipants?: { institution: Ref }[];
}

/** The institutions an English page names: a project's lead, partners and others, a model's step actors. */
export function institutionsShownInEnglish(data: Translatable): Ref[] {
  return [
    ...(data.lead ? [data.lead] : []),
    ...(data.partners ?? []),
    ...(data.otherParticipants ?? []).map((other) => other.institution),
    ...(data.workflow?.steps ?? []).flatMap((step) => step.actors),
  ];
}

function stepProblems(file: string, data: Translatable): ContentProblem[] {
  const english = data.english?.steps;
  const steps = data.workflow?.steps ?? [];
  if (!english) return [];
  const problems: ContentProblem[] = [];
  for (const step of steps) {
    const translated = english[step.id];
    if (!translated) {
      problems.push({
        file,
        field: `english › steps › ${step.id}`,
        message: `brak kroku „${step.id}” po angielsku; dopisz jego tytuł i opis (title, summary)`,
      });
      continue;
    }
    const polish = { inputs: step.inputs.length, outputs: step.outputs.length, ways: step.next.filter((way) => way.when).length };
    for (const list of ['inputs', 'outputs', 'ways'] as const) {
      if (translated[list].length !== polish[list]) {
        problems.push({
          file,
          field: `english › steps › ${step.id} › ${list}`,
          message: `krok ma po polsku ${polish[list]} pozycji w „${list === 'ways' ? 'next › when' : list}”, a po angielsku ${translated[list].length}; przetłumacz każdą, w tej samej kolejności`,
        });
      }
    }
  }
  for (const id of Object.keys(english)) {
    if (!steps.some((step) => step.id === id)) {
      problems.push({ file, field: `english › steps › ${id}`, message: `model nie ma kroku „${id}”; usuń go albo popraw identyfikator` });
    }
  }
  return problems;
}

export const englishPages: Rule = {
  name: 'english pages',
  check(input) {
    const entries = readEntries(input);
    const byKey = new Map<string, ParsedEntry & { data: unknown }>(entries.map((entry) => [keyOf(entry.type, entry.id), entry]));
    const hasEnglish = (type: string, id: string, field: 'english' | 'englishName') =>
      Boolean((byKey.get(keyOf(type, id))?.data as Record<string, unknown> | undefined)?.[field]) || !byKey.has(keyOf(type, id));
    const problems: ContentProblem[] = [];
    const typesInEnglish = new Set(entries.filter((entry) => (entry.data as Translatable).english).map((entry) => entry.type));
    for (const entry of entries) {
      const row = contentTypes[entry.type] as Pick<ContentTypeRow, 'english'>;
      if (!row.english) continue;
      const data = entry.data as Translatable;
      if (!data.english) {
        if (row.english.required && typesInEnglish.has(entry.type) && data.status !== 'projekt') {
          problems.push({
            file: entry.file,
            field: 'english',
            message: `brak tłumaczenia angielskiego: każdy wpis tego rodzaju ma stronę /en/${row.english.route}/${entry.id}/; dopisz pole „english” (zob. „Strony po angielsku” w docs/EDITING.md)`,
          });
        }
        continue;
      }
      problems.push(...stepProblems(entry.file, data));
      for (const term of data.english.terms) {
        if (!hasEnglish('glossary', term.id, 'english')) {
          problems.push({
            file: entry.file,
            field: 'english › terms',
            message: `hasło „${term.id}” nie ma tekstu angielskiego; dopisz mu pole „english” w content/glossary.yaml`,
          });
        }
      }
      const named = new Set(institutionsShownInEnglish(data).map((institution) => institution.id));
      for (const id of named) {
        if (!hasEnglish('institutions', id, 'englishName')) {
          problems.push({
            file: entry.file,
            field: 'english',
            message: `strona angielska wymienia instytucję „${id}”, która nie ma objaśnienia nazwy po angielsku; dopisz pole „englishName” w content/institutions/${id}.mdx`,
          });
        }
      }
    }
    return { problems };
  },
};
