import { describe, expect, it } from 'vitest';
import { webAppManifest } from './web-app-manifest.ts';

describe('webAppManifest', () => {
  it('names the site in Polish, opens it at the home page within its whole scope, with its scalable icon', () => {
    const manifest = webAppManifest({
      name: 'Modele kooperacji i opieki',
      shortName: 'Modele kooperacji',
      description: 'Baza wiedzy',
      themeColor: '#14375a',
      icon: '/favicon.svg',
    });
    expect(manifest).toMatchObject({
      name: 'Modele kooperacji i opieki',
      short_name: 'Modele kooperacji',
      lang: 'pl',
      start_url: '/',
      scope: '/',
      theme_color: '#14375a',
      icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
    });
    expect(['standalone', 'minimal-ui', 'fullscreen']).toContain(manifest['display']);
  });
});
