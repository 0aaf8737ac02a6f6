import { describe, expect, test } from 'vitest';
import { readabilityReport } from './readability-report.ts';

describe('readabilityReport', () => {
  test('lists pages hardest first with their figures and three longest sentences, and leaves out pages without words', () => {
    const report = readabilityReport([
      { path: '/latwy/', text: 'Ala ma kota.\nKot ma dom.' },
      { path: '/pusta/', text: '—' },
      {
        path: '/trudna/',
        text: 'Koordynacja polityki społecznej wymaga współdziałania instytucji samorządowych.\nTo trudne.\nRaz dwa trzy cztery.\nRaz dwa.',
      },
    ]);
    expect(report).toEqual([
      '/trudna/',
      '  FOG-PL 14,8 · Pisarek 16,8 · 3,8 słowa w zdaniu · trudne słowa 33,3% · 15 słów, 4 zdania',
      '  – (7) Koordynacja polityki społecznej wymaga współdziałania instytucji samorządowych.',
      '  – (4) Raz dwa trzy cztery.',
      '  – (2) To trudne.',
      '/latwy/',
      '  FOG-PL 1,2 · Pisarek 1,5 · 3,0 słowa w zdaniu · trudne słowa 0,0% · 6 słów, 2 zdania',
      '  – (3) Ala ma kota.',
      '  – (3) Kot ma dom.',
    ]);
  });
});
