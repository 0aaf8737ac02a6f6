import { describe, expect, test } from 'vitest';
import { hash53 } from './hash53.ts';

describe('hash53', () => {
  test('is the same number for the same text, and a safe integer', () => {
    expect(hash53('Zażółć gęślą jaźń')).toBe(hash53('Zażółć gęślą jaźń'));
    expect(Number.isSafeInteger(hash53('a'))).toBe(true);
  });

  test('tells texts that differ by one character apart', () => {
    expect(hash53('§ 1 ust. 1')).not.toBe(hash53('§ 1 ust. 2'));
  });
});
