import { polishText } from './lib/i18n/text-pl.ts';

/** Facts about the site itself, used in the header, footer, feeds and the accessibility statement. */
export const SITE = {
  name: polishText.site.name,
  /** Under the icon of a reader who adds the site to the home screen (the web app manifest). */
  shortName: 'Modele kooperacji',
  tagline: polishText.site.tagline,
  /** The header's colour: the browser's bar (`theme-color`) and the web app manifest. */
  themeColour: '#14375a',
  description:
    'Baza wiedzy o regionalnych projektach polityki społecznej i modelach, które wypracowały: współpraca instytucji pomocy społecznej z innymi sektorami, opieka domowa na wsi, opieka wytchnieniowa i koordynacja polityki społecznej.',
  /** Used in the accessibility statement. */
  accessibility: {
    /** Day the statement was written and last reviewed. */
    preparedOn: '2026-11-23',
    reviewedOn: '2026-11-23',
    /**
     * Contact for accessibility requests, set by the publisher before deployment
     * (KB_ACCESSIBILITY_EMAIL, KB_ACCESSIBILITY_CONTACT). A deployment build refuses to run without it.
     */
    contactEmail: process.env.KB_ACCESSIBILITY_EMAIL,
    contactPerson: process.env.KB_ACCESSIBILITY_CONTACT,
  },
  /**
   * The publisher, as the easy-to-read site information names it (KB_PUBLISHER_NAME), and its
   * recording of that information in Polish Sign Language: a video file on the site's own server
   * (KB_SIGN_LANGUAGE_VIDEO, e.g. `/pjm/informacje-o-serwisie.mp4`, allowed by the
   * Content-Security-Policy). Without a recording the page shows none, not a placeholder.
   */
  publisher: {
    name: process.env.KB_PUBLISHER_NAME,
    signLanguageVideo: process.env.KB_SIGN_LANGUAGE_VIDEO,
  },
  /** Where readers send their remarks on documents in consultation (KB_CONSULTATION_EMAIL), set by the publisher. */
  consultation: {
    remarksEmail: process.env.KB_CONSULTATION_EMAIL,
  },
} as const;
