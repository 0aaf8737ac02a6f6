import { describe, expect, it } from 'vitest';
import { foldPolish } from './fold-polish.ts';

describe('foldPolish', () => {
  it('folds every Polish letter, ł included, and keeps case', () => {
    expect(foldPolish('Zażółć gęślą jaźń')).toBe('Zazolc gesla jazn');
    expect(foldPolish('ŁÓDŹ, Michałowo, Śląsk')).toBe('LODZ, Michalowo, Slask');
  });
});
