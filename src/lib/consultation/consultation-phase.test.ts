import { describe, expect, test } from 'vitest';
import { consultationPhase, phaseNotice, readerPhase, warsawDay } from './consultation-phase.ts';

const period = { from: '2026-11-23', to: '2026-12-18' };

describe('consultationPhase', () => {
  test('the first and the last day are both in the period', () => {
    expect(consultationPhase(period, new Date('2026-11-23T08:00:00+01:00'))).toBe('open');
    expect(consultationPhase(period, new Date('2026-12-18T23:59:00+01:00'))).toBe('open');
  });

  test('before and after', () => {
    expect(consultationPhase(period, new Date('2026-11-22T23:30:00+01:00'))).toBe('before');
    expect(consultationPhase(period, new Date('2026-12-19T00:00:00+01:00'))).toBe('closed');
  });

  test('days are counted in Warsaw time, not in UTC', () => {
    // 23:30 UTC on 18 December is already 19 December in Warsaw.
    expect(warsawDay(new Date('2026-12-18T23:30:00Z'))).toBe('2026-12-19');
    expect(consultationPhase(period, new Date('2026-12-18T23:30:00Z'))).toBe('closed');
    // Summer time: 22:30 UTC on 30 June is 00:30 on 1 July in Warsaw.
    expect(warsawDay(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
  });
});

describe('readerPhase', () => {
  test("is the reader's phase when the page was built earlier", () => {
    expect(readerPhase(period, new Date('2026-12-19T09:00:00+01:00'), '2026-12-01')).toBe('closed');
    expect(readerPhase(period, new Date('2026-12-10T09:00:00+01:00'), '2026-12-01')).toBe('open');
  });

  test('a page built after the period stays closed on a reader clock set back', () => {
    expect(readerPhase(period, new Date('2026-12-01T09:00:00+01:00'), '2027-01-15')).toBe('closed');
  });
});

describe('phaseNotice', () => {
  test('says when the consultation begins or ended, and nothing while it is open', () => {
    expect(phaseNotice('before', period)).toBe('Konsultacje zaczną się 23 listopada 2026. Uwagi możesz już zapisywać; wyślij je w czasie konsultacji.');
    expect(phaseNotice('closed', period)).toBe(
      'Konsultacje zakończyły się 18 grudnia 2026: do tej wersji nie można już zgłaszać uwag. Uwagi zapisane wcześniej w tej przeglądarce możesz nadal pobrać.',
    );
    expect(phaseNotice('open', period)).toBeNull();
  });
});
