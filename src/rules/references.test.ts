import { describe, expect, test } from 'vitest';
import { ruleInput, type TestPage } from './__fixtures__/rule-input.ts';
import { references } from './references.ts';

const PROJECT = 'content/projects/projekt-testowy.mdx';
const GLOSSARY = 'content/glossary.yaml';

const ref = (collection: string, id: string) => ({ collection, id });

/** A project naming these institutions as partners and these glossary terms. */
const project = (partners: string[], terms: string[] = []): TestPage => ({
  type: 'projects',
  id: 'projekt-testowy',
  file: PROJECT,
  data: { partners: partners.map((id) => ref('institutions', id)), terms: terms.map((id) => ({ term: ref('glossary', id) })) },
});

const institution = (id: string): TestPage => ({ type: 'institutions', id, file: `content/institutions/${id}.mdx` });
const term = (id: string, data: unknown = {}): TestPage => ({ type: 'glossary', id, file: GLOSSARY, entry: id, data });

describe('references', () => {
  test('accepts references to entries that exist', () => {
    const input = ruleInput([project(['ops-michalowo', 'rops-bialystok'], ['ops']), institution('ops-michalowo'), institution('rops-bialystok'), term('ops')]);
    expect(references.check(input)).toEqual({ problems: [], knockOns: [] });
  });

  test('an id no entry has, at the field of the reference, with the id likely meant', () => {
    const input = ruleInput([project(['ops-michalowo', 'ops-michalow']), institution('ops-michalowo')]);
    expect(references.check(input).problems).toEqual([
      {
        file: PROJECT,
        field: 'partners › pozycja 2',
        message:
          'oczekiwano identyfikatora istniejącego wpisu z content/institutions/; znaleziono „ops-michalow”, a takiego wpisu nie ma. Czy chodziło o „ops-michalowo”?',
      },
    ]);
  });

  test('names the list file of the type, and gives no guess when no id is close', () => {
    const input = ruleInput([project([], ['ops', 'zupelnie-inne']), term('ops')]);
    expect(references.check(input).problems).toEqual([
      {
        file: PROJECT,
        field: 'terms › pozycja 2 › term',
        message: 'oczekiwano identyfikatora istniejącego wpisu z content/glossary.yaml; znaleziono „zupelnie-inne”, a takiego wpisu nie ma',
      },
    ]);
  });

  test('an id of another type does not count', () => {
    const input = ruleInput([project(['ops']), term('ops')]);
    expect(references.check(input).problems.map((problem) => problem.field)).toEqual(['partners › pozycja 1']);
  });

  test('names the entry of a list file that holds the reference', () => {
    const input = ruleInput([
      { type: 'indicators', id: 'wskaznik-a', file: 'content/indicators.yaml', entry: 'wskaznik-a', data: { project: ref('projects', 'projekt-x') } },
    ]);
    expect(references.check(input).problems).toEqual([
      {
        file: 'content/indicators.yaml',
        entry: 'wskaznik-a',
        field: 'project',
        message: 'oczekiwano identyfikatora istniejącego wpisu z content/projects/; znaleziono „projekt-x”, a takiego wpisu nie ma',
      },
    ]);
  });

  test('a reference to an entry that failed its schema is a knock-on of that entry, one per reference', () => {
    const input = ruleInput([
      project(['ops-michalowo', 'ops-michalowo'], ['ops']),
      { ...institution('ops-michalowo'), data: undefined },
      { ...term('ops'), data: undefined },
      { type: 'courses', id: 'kurs', file: 'content/courses/kurs.mdx', data: { partner: ref('institutions', 'ops-michalowo') } },
    ]);
    expect(references.check(input)).toEqual({
      problems: [],
      knockOns: [
        { cause: 'content/institutions/ops-michalowo.mdx', file: PROJECT },
        { cause: 'content/institutions/ops-michalowo.mdx', file: PROJECT },
        { cause: 'content/glossary.yaml (wpis „ops”)', file: PROJECT },
        { cause: 'content/institutions/ops-michalowo.mdx', file: 'content/courses/kurs.mdx' },
      ],
    });
  });

  test('an entry that failed its schema is not read for references', () => {
    const input = ruleInput([{ ...project(['nieznana']), data: undefined }]);
    expect(references.check(input)).toEqual({ problems: [], knockOns: [] });
  });

  test('says nothing about a list file that could not be read, whose ids are unknown', () => {
    const page = ruleInput([project(['nieznana'], ['ops'])]);
    const input = { ...page, files: [...page.files, { type: 'glossary' as const, file: GLOSSARY }] };
    expect(references.check(input).problems.map((problem) => problem.field)).toEqual(['partners › pozycja 1', 'terms › pozycja 1 › term']);
    expect(references.check({ ...input, unreadable: new Set([GLOSSARY]) }).problems.map((problem) => problem.field)).toEqual(['partners › pozycja 1']);
  });
});
