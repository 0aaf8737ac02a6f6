import { polishText } from './lib/i18n/text-pl.ts';

/** Facts about the site itself, used in the header, footer, feeds and the accessibility statement. */
export const SITE = {
  name: polishText.site.name,
  tagline: polishText.site.tagline,
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
  /** Where readers send their remarks on documents in consultation (KB_CONSULTATION_EMAIL), set by the publisher. */
  consultation: {
    remarksEmail: process.env.KB_CONSULTATION_EMAIL,
  },
} as const;
