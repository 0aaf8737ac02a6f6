/**
 * The Polish Sign Language recording of the site information: a video file on the site's own
 * server, since the Content-Security-Policy (default-src 'self') lets pages play no other.
 */

/** The recording's address when one is configured, or undefined; an address elsewhere stops the build with a Polish message. */
export function signLanguageVideo(configured: string | undefined): string | undefined {
  const value = configured?.trim();
  if (!value) return undefined;
  if (!value.startsWith('/') || value.startsWith('//') || /\s/.test(value)) {
    throw new Error(
      `KB_SIGN_LANGUAGE_VIDEO: oczekiwano adresu pliku wideo w tym serwisie, zaczynającego się od „/”, np. /pjm/informacje-o-serwisie.mp4; znaleziono „${value}” (strony mogą odtwarzać tylko pliki z własnego serwera)`,
    );
  }
  return value;
}
