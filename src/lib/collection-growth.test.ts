import { describe, expect, it } from 'vitest';
import { growsPerGmina, isPerGminaAddress, perGminaGenitiveList } from './collection-growth.ts';
import { sectionOfAddress } from './routes.ts';

describe('sectionOfAddress', () => {
  it('names the collection of a page address, with or without an anchor', () => {
    expect(sectionOfAddress('/programy/gminny-program/#cel-programu')).toBe('programmes');
    expect(sectionOfAddress('/miejsca/')).toBe('places');
    expect(sectionOfAddress('/zrodla/zrodlo-a/programy/strona/2/')).toBe('sources');
  });

  it('has none for pages outside the sections', () => {
    expect(sectionOfAddress('/')).toBeUndefined();
    expect(sectionOfAddress('/sciezka/uloz/')).toBeUndefined();
    expect(sectionOfAddress('https://example.org/programy/')).toBeUndefined();
  });
});

describe('per-gmina collections', () => {
  it('are the programmes, institutions and places', () => {
    expect(growsPerGmina('programmes')).toBe(true);
    expect(growsPerGmina('institutions')).toBe(true);
    expect(growsPerGmina('places')).toBe(true);
    expect(growsPerGmina('models')).toBe(false);
    expect(growsPerGmina(undefined)).toBe(false);
    expect(isPerGminaAddress('/instytucje/ops-rybnik/')).toBe(true);
    expect(isPerGminaAddress('/szkolenia/x/#program')).toBe(false);
  });

  it('are named in a Polish sentence in a fixed order', () => {
    expect(perGminaGenitiveList(['programmes'])).toBe('programów');
    expect(perGminaGenitiveList(['places', 'programmes'])).toBe('programów i miejsc');
    expect(perGminaGenitiveList(['places', 'institutions', 'programmes', 'models'])).toBe('programów, instytucji i miejsc');
    expect(perGminaGenitiveList([])).toBe('');
  });
});
