import { describe, expect, it } from 'vitest';
import { foldPolish } from './fold-polish.ts';

describe('foldPolish', () => {
  it('folds every Polish letter, ł included, and keeps case', () => {
    expect(foldPolish('Zażółć gęślą jaźń')).toBe('Zazolc gesla jazn');
    expect(foldPolish('ŁÓDŹ, Michałowo, Śląsk')).toBe('LODZ, Michalowo, Slask');
  });

  it('takes the marks off other Latin letters too, written precomposed or combined', () => {
    expect(foldPolish('Crème brûlée, Müller, Dvořák')).toBe('Creme brulee, Muller, Dvorak');
    expect(foldPolish('a\u0328 z\u0307')).toBe('a z');
  });
});
