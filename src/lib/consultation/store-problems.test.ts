import { describe, expect, test } from 'vitest';
import { isQuotaError } from './store-problems.ts';

describe('isQuotaError', () => {
  test.each([
    ['the standard QuotaExceededError', new DOMException('x', 'QuotaExceededError'), true],
    ['Firefox’s legacy name', { name: 'NS_ERROR_DOM_QUOTA_REACHED' }, true],
    ['the legacy code 22', Object.assign(new Error('x'), { code: 22 }), true],
    ['Firefox’s legacy code 1014', Object.assign(new Error('x'), { code: 1014 }), true],
    ['a SecurityError', new DOMException('x', 'SecurityError'), false],
    ['a TypeError', new TypeError('x'), false],
    ['a string', 'QuotaExceededError', false],
    ['null', null, false],
  ])('recognises a full quota: %s → %s', (_name, error, expected) => {
    expect(isQuotaError(error)).toBe(expected);
  });
});
