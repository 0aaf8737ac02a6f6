import { describe, expect, it } from 'vitest';
import { safeDecode } from './safe-decode.ts';

describe('safeDecode', () => {
  it('decodes valid percent-encoding and keeps invalid text as written', () => {
    expect(safeDecode('mk-gw-2%C4%85')).toBe('mk-gw-2ą');
    expect(safeDecode('100%')).toBe('100%');
  });
});
