import { describe, expect, it } from 'vitest';
import { EASI, FERS, PO_WER, PROJECTS, TODAY } from './__fixtures__/chart-fixtures.ts';
import { timelineRows, type TimelineRow } from './figures.ts';
import { periodStatus, periodText, programmeShortLabel, timelineAriaLabel, todayLabel, utcToday } from './timeline-texts.ts';

const rows = timelineRows(PROJECTS);
const row = (id: string) => rows.find((candidate) => candidate.projectId === id)!;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('texts', () => {
  it.each([
    [EASI, 'EaSI 2014–2020'],
    [PO_WER, 'PO WER 2014–2020'],
    [FERS, 'FERS 2021–2027'],
    ['Program bez skrótu', 'Program bez skrótu'],
  ])('shortens %s to %s', (programme, expected) => {
    expect(programmeShortLabel(programme)).toBe(expected);
  });

  it.each([
    ['liderzy-kooperacji', '1 kwietnia 2018 – 30 listopada 2022'],
    ['model-kooperacji-dla-miast', 'lata 2018–2021 (źródło podaje tylko lata)'],
    ['dac-to-czego-naprawde-potrzeba', 'do 29 lutego 2024; początek: nie podano'],
  ])('%s: %s', (id, expected) => {
    expect(periodText(row(id))).toBe(expected);
  });

  it('labels today with the build date', () => {
    expect(todayLabel(new Date('2026-11-23T22:10:00Z'))).toBe('dziś (stan na 23 listopada 2026)');
    expect(utcToday(new Date('2026-11-23T22:10:00Z'))).toEqual(day('2026-11-23'));
  });

  it('says "okres: nie podano" for a project without a period', () => {
    const none: TimelineRow = { projectId: 'x', title: 'X', shortTitle: 'X', programme: PO_WER, precision: 'none', source: 's' };
    expect(periodText(none)).toBe('okres: nie podano');
    expect(periodStatus(none, TODAY)).toBe('nie wiadomo (okres: nie podano)');
  });

  it('names the project, programme, period and status in the accessible name, and says which is this page’s', () => {
    expect(timelineAriaLabel(row('dac-to-czego-naprawde-potrzeba'), TODAY, true)).toBe(
      `Dać to, czego naprawdę potrzeba: ${EASI}; do 29 lutego 2024; początek: nie podano; stan na 23 listopada 2026 (według dat ze źródła): zakończony. Projekt opisany na tej stronie.`,
    );
  });
});

describe('periodStatus', () => {
  const exact = row('koordynacja-polityki-spolecznej-podlaskie');
  const years = row('model-kooperacji-dla-miast');
  const endOnly = row('dac-to-czego-naprawde-potrzeba');
  it.each([
    [exact, '2023-09-30', 'jeszcze się nie rozpoczął'],
    [exact, '2023-10-01', 'w trakcie'],
    [exact, '2028-12-31', 'w trakcie'],
    [exact, '2029-01-01', 'zakończony'],
    [years, '2017-06-01', 'jeszcze się nie rozpoczął'],
    [years, '2018-06-01', 'nie wiadomo (źródło podaje tylko lata)'],
    [years, '2019-06-01', 'w trakcie'],
    [years, '2021-12-31', 'nie wiadomo (źródło podaje tylko lata)'],
    [years, '2022-01-01', 'zakończony'],
    [endOnly, '2024-02-29', 'nie wiadomo (początek: nie podano)'],
    [endOnly, '2024-03-01', 'zakończony'],
  ])('%#: on %s the project is "%s", as far as the source’s precision tells', (period, today, expected) => {
    expect(periodStatus(period, day(today))).toBe(expected);
  });
});
