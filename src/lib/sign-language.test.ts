import { describe, expect, test } from 'vitest';
import { signLanguageVideo } from './sign-language.ts';

describe('signLanguageVideo', () => {
  test('no recording configured: none shown', () => {
    expect(signLanguageVideo(undefined)).toBeUndefined();
    expect(signLanguageVideo('  ')).toBeUndefined();
  });

  test('a file on the site itself is shown', () => {
    expect(signLanguageVideo(' /pjm/informacje.mp4 ')).toBe('/pjm/informacje.mp4');
  });

  test.each(['https://example.com/film.mp4', '//example.com/film.mp4', 'pjm/film.mp4', '/pjm/mój film.mp4'])('%s is refused with a Polish message', (value) => {
    expect(() => signLanguageVideo(value)).toThrow(/^KB_SIGN_LANGUAGE_VIDEO: oczekiwano adresu pliku wideo w tym serwisie/);
  });
});
