import { describe, expect, it } from 'vitest';
import { escapeMarkup } from './escape-markup.ts';

describe('escapeMarkup', () => {
  it('escapes the characters that end text or a double-quoted attribute', () => {
    expect(escapeMarkup('a < b & "c" > d')).toBe('a &lt; b &amp; &quot;c&quot; &gt; d');
  });

  it('escapes an ampersand once, even in text that looks escaped already', () => {
    expect(escapeMarkup('R&amp;D')).toBe('R&amp;amp;D');
  });

  it('leaves apostrophes and Polish letters as they are', () => {
    expect(escapeMarkup("Żółć 'x'")).toBe("Żółć 'x'");
  });
});
