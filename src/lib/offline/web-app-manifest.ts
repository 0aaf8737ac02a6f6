/**
 * The web app manifest (`/manifest.webmanifest`): the site's Polish name and icon for a reader who
 * adds it to the home screen, where it opens with the saved packs available without a connection.
 * The icon is the favicon, a scalable SVG, so one file serves every size.
 */

export interface WebAppManifestInput {
  name: string;
  shortName: string;
  description: string;
  /** The colour of the header bar, as `<meta name="theme-color">` gives it. */
  themeColor: string;
  /** The scalable icon's address. */
  icon: string;
}

export function webAppManifest({ name, shortName, description, themeColor, icon }: WebAppManifestInput): Record<string, unknown> {
  return {
    name,
    short_name: shortName,
    description,
    lang: 'pl',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    // A reading site: the back button and the address (to copy a link) stay where the browser offers them.
    display: 'minimal-ui',
    background_color: '#ffffff',
    theme_color: themeColor,
    // Not offered as maskable: the icon's rounded corners would show when a launcher crops it to a square.
    icons: [{ src: icon, sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
  };
}
