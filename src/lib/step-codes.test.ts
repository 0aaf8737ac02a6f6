import { describe, expect, test } from 'vitest';
import { normalStepCode, parseStepCode, stepCode, stepCodeAnchor, WORKFLOW_CODE } from './step-codes.ts';

describe('step codes', () => {
  test('join the workflow code and the position', () => {
    expect(stepCode('MK-M', 3)).toBe('MK-M 3');
  });

  test('answer to a lower-case, hyphenated fragment', () => {
    expect(stepCodeAnchor('MK-M 3')).toBe('mk-m-3');
    expect(stepCodeAnchor('MKPS 12')).toBe('mkps-12');
  });

  test.each([
    ['MK-M 3', 'MK-M', 3],
    ['mk-m-3', 'MK-M', 3],
    ['MK-M-3', 'MK-M', 3],
    ['  mk-gw  10 ', 'MK-GW', 10],
    ['MK-M%203', 'MK-M', 3],
    ['MKPS 1', 'MKPS', 1],
  ])('read "%s" as people type it', (text, workflowCode, position) => {
    expect(parseStepCode(text)).toEqual({ workflowCode, position });
  });

  test.each(['', 'MK-M', 'MK-M 0', 'MK-M 03', 'M 3', 'MK-M 3a', 'krok-zgloszenie', 'MK-M 3 4', '%E0%A4%A', 'MKPSXX 1', 'MK-ABCD 1'])('reject "%s"', (text) => {
    expect(parseStepCode(text)).toBeUndefined();
  });

  test('are written back the way the site writes them', () => {
    expect(['mk-m-3', 'MK-M%203', ' mk-m 3 '].map(normalStepCode)).toEqual(['MK-M 3', 'MK-M 3', 'MK-M 3']);
    expect(normalStepCode('MK-M 03')).toBeUndefined();
  });

  test('workflow codes are capitals with at most one hyphenated part', () => {
    expect(['MK-M', 'MKPS', 'MK-GW', 'MOD'].every((code) => WORKFLOW_CODE.test(code))).toBe(true);
    expect(['mk-m', 'M', 'MK-M-X', 'MK M', 'MKÓW'].some((code) => WORKFLOW_CODE.test(code))).toBe(false);
  });
});
