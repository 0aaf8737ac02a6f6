import { describe, expect, it } from 'vitest';
import { lowerInitial } from './lower-initial.ts';

describe('lowerInitial', () => {
  it('lowers the first letter only, keeping proper names', () => {
    expect(lowerInitial('A knowledge base in Polish social policy')).toBe('a knowledge base in Polish social policy');
    expect(lowerInitial('Baza wiedzy o modelach')).toBe('baza wiedzy o modelach');
    expect(lowerInitial('Świadczenia')).toBe('świadczenia');
    expect(lowerInitial('')).toBe('');
  });
});
