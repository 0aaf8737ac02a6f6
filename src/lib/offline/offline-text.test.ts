import { describe, expect, it } from 'vitest';
import { formatBytesPl, formatMomentPl, packSummary, problemMessage, progressText, refreshReport, savedWhen } from './offline-text.ts';

const WARSAW = 'Europe/Warsaw';

describe('formatBytesPl', () => {
  it.each([
    [950, '950 B'],
    [1024, '1 KB'],
    [831_488, '812 KB'],
    [1_468_006, '1,4 MB'],
    [12 * 1024 * 1024, '12 MB'],
  ])('%i bytes read as %s', (bytes, text) => {
    expect(formatBytesPl(bytes)).toBe(text);
  });
});

describe('dates', () => {
  it('writes a moment as a Polish date with the hour', () => {
    expect(formatMomentPl('2026-05-14T08:05:00Z', WARSAW)).toBe('14 maja 2026, godz. 10:05');
    expect(formatMomentPl(new Date('2026-12-01T23:30:00Z'), WARSAW)).toBe('2 grudnia 2026, godz. 00:30');
  });

  it('says when a pack was saved, and when it was last updated if it was', () => {
    const saved = '2026-05-14T08:05:00Z';
    expect(savedWhen({ savedAt: saved, updatedAt: saved }, WARSAW)).toBe('Zapisano 14 maja 2026, godz. 10:05.');
    expect(savedWhen({ savedAt: saved, updatedAt: '2026-06-01T07:00:00Z' }, WARSAW)).toBe(
      'Zapisano 14 maja 2026, godz. 10:05, ostatnia aktualizacja 1 czerwca 2026, godz. 09:00.',
    );
  });
});

describe('what the reader is told', () => {
  const pages = (count: number) => Array.from({ length: count }, (_, index) => ({ path: `/${index}/`, title: `${index}` }));
  const files = (count: number) => Array.from({ length: count }, (_, index) => ({ path: `/${index}`, bytes: 1, hash: 'h' }));

  it.each([
    [1, 2, 'strona i 1 plik'],
    [3, 27, 'strony i 24 pliki'],
    [5, 10, 'stron i 5 plików'],
  ])('counts %i pages among %i files in Polish', (pageCount, fileCount, text) => {
    expect(packSummary({ pages: pages(pageCount), files: files(fileCount), bytes: 1_468_006 })).toBe(`${pageCount} ${text}, razem 1,4 MB`);
  });

  it('counts progress with "z" and the genitive', () => {
    expect(progressText(5, 24)).toBe('Zapisywanie: 5 z 24 plików…');
    expect(progressText(1, 1)).toBe('Zapisywanie: 1 z 1 pliku…');
  });

  it('explains a full storage with the size that did not fit and what to do', () => {
    expect(problemMessage('quota', 1_468_006)).toBe(
      'Brakuje miejsca w pamięci przeglądarki na 1,4 MB. Usuń inne zapisane strony na stronie „Zapisane do czytania bez internetu” albo zwolnij miejsce w ustawieniach przeglądarki i spróbuj ponownie.',
    );
    expect(problemMessage('quota')).toMatch(/^Brakuje miejsca w pamięci przeglądarki\. Usuń/);
  });

  it('reports the packs a background refresh could not bring up to date, and why, and nothing when all went well', () => {
    const titleOf = (address: string) => ({ '/modele/x/': 'Model X', '/projekty/y/': 'Projekt Y' })[address] ?? address;
    expect(
      refreshReport(
        [
          { address: '/modele/x/', outcome: 'updated' },
          { address: '/projekty/y/', outcome: 'failed', problem: 'quota' },
        ],
        titleOf,
      ),
    ).toBe(`Nie udało się odświeżyć zapisanej kopii „Projekt Y”. ${problemMessage('quota')}`);
    expect(refreshReport([{ address: '/modele/x/', outcome: 'current' }], titleOf)).toBe('');
  });

  it.each(['offline', 'changed', 'missing', 'unsupported', 'unknown'] as const)('has a Polish sentence for the %s problem', (problem) => {
    expect(problemMessage(problem)).toMatch(/^[A-ZŁŚŻ][^.]+\..*$/);
  });
});
