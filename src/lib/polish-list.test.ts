import { describe, expect, it } from 'vitest';
import { listInPolish } from './polish-list.ts';

describe('listInPolish', () => {
  it('joins words with commas and "i" before the last', () => {
    expect(listInPolish([])).toBe('');
    expect(listInPolish(['programów'])).toBe('programów');
    expect(listInPolish(['programów', 'miejsc'])).toBe('programów i miejsc');
    expect(listInPolish(['programów', 'instytucji', 'miejsc'])).toBe('programów, instytucji i miejsc');
  });
});
