import { expect, test } from 'vitest';
import { buildBacklinks, findDanglingReferences, orderedLookup } from './knowledge-graph.ts';

const collections = new Set(['projects', 'institutions', 'places']);
const ref = (collection: string, id: string) => ({ collection, id });
const entries = [
  {
    collection: 'projects',
    id: 'liderzy',
    data: {
      lead: ref('institutions', 'rops-kielce'),
      partners: [ref('institutions', 'rops-lublin'), ref('institutions', 'rops-lublin')],
      territory: [ref('places', 'lubelskie')],
    },
  },
  { collection: 'projects', id: 'koordynacja', data: { lead: ref('institutions', 'rops-lublin'), partners: [], territory: [] } },
  { collection: 'institutions', id: 'rops-kielce', data: {} },
  { collection: 'institutions', id: 'rops-lublin', data: { places: [ref('places', 'lubelskie')] } },
  { collection: 'places', id: 'lubelskie', data: {} },
];

test('every reference becomes a link back, labelled with the field it came through', () => {
  const backlinks = buildBacklinks(entries, collections);
  expect(backlinks.get('institutions/rops-lublin')).toEqual([
    { collection: 'projects', id: 'liderzy', field: 'partners' },
    { collection: 'projects', id: 'koordynacja', field: 'lead' },
  ]);
  expect(backlinks.get('places/lubelskie')).toEqual([
    { collection: 'projects', id: 'liderzy', field: 'territory' },
    { collection: 'institutions', id: 'rops-lublin', field: 'places' },
  ]);
  expect(backlinks.get('projects/liderzy')).toBeUndefined();
});

test('references inside lists of objects link back under their top-level field, once per entry', () => {
  const models = [
    ...entries,
    {
      collection: 'models',
      id: 'model-miasta',
      data: {
        roles: [
          { institution: ref('institutions', 'rops-kielce'), role: 'animator', tasks: [] },
          { institution: ref('institutions', 'rops-lublin'), role: 'inspirator', tasks: ['doradza'] },
          { institution: ref('institutions', 'rops-kielce'), role: 'ekspert', tasks: [] },
        ],
      },
    },
  ];
  const backlinks = buildBacklinks(models, new Set([...collections, 'models']));
  expect(backlinks.get('institutions/rops-kielce')).toEqual([
    { collection: 'projects', id: 'liderzy', field: 'lead' },
    { collection: 'models', id: 'model-miasta', field: 'roles' },
  ]);
  expect(backlinks.get('institutions/rops-lublin')).toContainEqual({ collection: 'models', id: 'model-miasta', field: 'roles' });
  const broken = [...models, { collection: 'models', id: 'zly', data: { roles: [{ institution: ref('institutions', 'brak'), role: 'x', tasks: [] }] } }];
  expect(findDanglingReferences(broken, new Set([...collections, 'models'])).map(({ reference }) => reference.path)).toEqual([['roles', 0, 'institution']]);
});

test('reports references to entries that do not exist', () => {
  const broken = [...entries, { collection: 'projects', id: 'zly', data: { lead: ref('institutions', 'brak') } }];
  expect(findDanglingReferences(broken, collections).map(({ from, reference }) => `${from.id} → ${reference.id}`)).toEqual(['zly → brak']);
  expect(findDanglingReferences(entries, collections)).toEqual([]);
});

test('a lookup returns the entries asked for in the given order, each once, leaving out unknown keys', () => {
  const byTitle = [
    { key: 'places/lubelskie', title: 'Lubelskie' },
    { key: 'projects/liderzy', title: 'Liderzy' },
    { key: 'institutions/rops-kielce', title: 'ROPS Kielce' },
    { key: 'projects/koordynacja', title: 'ROPS Kielce' },
  ];
  const lookup = orderedLookup(byTitle, (entry) => entry.key);
  expect(
    lookup(['projects/koordynacja', 'places/lubelskie', 'projects/koordynacja', 'places/nieznane', 'institutions/rops-kielce']).map((entry) => entry.key),
  ).toEqual(['places/lubelskie', 'institutions/rops-kielce', 'projects/koordynacja']);
  expect(lookup([])).toEqual([]);
});
