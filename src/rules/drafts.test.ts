import { describe, expect, test } from 'vitest';
import { ruleInput, type TestPage } from './__fixtures__/rule-input.ts';
import { referencesToDrafts } from './drafts.ts';

const PROJECT = 'content/projects/projekt-testowy.mdx';

const institution = (id: string, status: string): TestPage => ({ type: 'institutions', id, file: `content/institutions/${id}.mdx`, data: { status } });

/** A project with `status` naming the institutions as its partners. */
const project = (status: string, ...partners: string[]): TestPage => ({
  type: 'projects',
  id: 'projekt-testowy',
  file: PROJECT,
  data: { status, partners: partners.map((id) => ({ collection: 'institutions', id })) },
});

const message = (id: string) =>
  `„${id}” ma status projekt, więc nie trafi do publicznej wersji serwisu, a ten opublikowany wpis by do niego prowadził; usuń odwołanie albo zmień status wpisu „${id}” (podgląd z wersjami roboczymi: KB_DRAFTS=1)`;

describe('references to drafts', () => {
  test('accepts a published entry naming published entries', () => {
    const input = ruleInput([project('przyjety', 'ops-a', 'ops-b'), institution('ops-a', 'przyjety'), institution('ops-b', 'w-konsultacji')]);
    expect(referencesToDrafts.check(input)).toEqual({ problems: [] });
  });

  test('a published entry naming a draft, at the field of the reference', () => {
    const input = ruleInput([project('przyjety', 'ops-a', 'ops-robocze'), institution('ops-a', 'przyjety'), institution('ops-robocze', 'projekt')]);
    expect(referencesToDrafts.check(input).problems).toEqual([{ file: PROJECT, field: 'partners › pozycja 2', message: message('ops-robocze') }]);
  });

  test('a reference deep in the data, and in an entry of a list file', () => {
    const input = ruleInput([
      {
        type: 'models',
        id: 'model-testowy',
        file: 'content/models/model-testowy.mdx',
        data: {
          status: 'przyjety',
          workflow: {
            steps: [
              {
                actors: [
                  { collection: 'institutions', id: 'ops-a' },
                  { collection: 'institutions', id: 'ops-robocze' },
                ],
              },
            ],
          },
        },
      },
      {
        type: 'indicators',
        id: 'wskaznik-a',
        file: 'content/indicators.yaml',
        entry: 'wskaznik-a',
        data: { project: { collection: 'projects', id: 'projekt-testowy' } },
      },
      project('projekt'),
      institution('ops-a', 'przyjety'),
      institution('ops-robocze', 'projekt'),
    ]);
    expect(referencesToDrafts.check(input).problems).toEqual([
      { file: 'content/models/model-testowy.mdx', field: 'workflow › steps › pozycja 1 › actors › pozycja 2', message: message('ops-robocze') },
      { file: 'content/indicators.yaml', entry: 'wskaznik-a', field: 'project', message: message('projekt-testowy') },
    ]);
  });

  test('a draft may name a draft: neither is published', () => {
    const input = ruleInput([project('projekt', 'ops-robocze'), institution('ops-robocze', 'projekt')]);
    expect(referencesToDrafts.check(input).problems).toEqual([]);
  });

  test('a preview build with drafts publishes them, so nothing is reported', () => {
    const pages = [project('przyjety', 'ops-robocze'), institution('ops-robocze', 'projekt')];
    expect(referencesToDrafts.check(ruleInput(pages)).problems).toHaveLength(1);
    expect(referencesToDrafts.check(ruleInput(pages, { includeDrafts: true })).problems).toEqual([]);
  });

  test('a draft is known by type and id: an entry of another type with the same id is not it', () => {
    const input = ruleInput([
      project('przyjety', 'wspolne-id'),
      institution('wspolne-id', 'przyjety'),
      { type: 'places', id: 'wspolne-id', file: 'content/places/wspolne-id.mdx', data: { status: 'projekt' } },
    ]);
    expect(referencesToDrafts.check(input).problems).toEqual([]);
  });
});
