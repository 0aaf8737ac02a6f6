import { expect, test } from 'vitest';
import { collectChanges } from './changes.ts';

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const documents = [
  { title: 'Żagań', href: '/z/', typeLabel: 'Miejsce', changes: [{ date: utc(2026, 1, 1), note: 'Dodano.' }] },
  {
    title: 'Ątest',
    href: '/a/',
    typeLabel: 'Projekt',
    changes: [
      { date: utc(2026, 1, 1), note: 'Dodano.' },
      { date: utc(2026, 3, 5), note: 'Poprawiono budżet.' },
    ],
  },
  { title: 'Białystok', href: '/b/', typeLabel: 'Miejsce', changes: [{ date: utc(2025, 12, 31), note: 'Dodano.' }] },
];

test('lists every change note newest first, same-day notes in Polish alphabetical order', () => {
  expect(collectChanges(documents).map((change) => `${change.date.toISOString().slice(0, 10)} ${change.title}`)).toEqual([
    '2026-03-05 Ątest',
    '2026-01-01 Ątest',
    '2026-01-01 Żagań',
    '2025-12-31 Białystok',
  ]);
});

test('stops at the limit', () => {
  expect(collectChanges(documents, 2)).toHaveLength(2);
});
