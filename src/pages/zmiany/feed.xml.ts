import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { siteChanges } from '../../data/site-changes.ts';
import { toIsoDate } from '../../lib/dates.ts';
import { SITE } from '../../site.ts';

/** RSS feed of the change list: one item per change note, newest first. */
export async function GET(context: APIContext) {
  const changes = await siteChanges(100);
  return rss({
    title: `Zmiany – ${SITE.name}`,
    description: 'Ostatnie zmiany na stronach bazy wiedzy o modelach kooperacji i opieki.',
    site: context.site ?? 'http://localhost:4321',
    customData: '<language>pl-pl</language>',
    items: changes.map((change, index) => ({
      title: `${change.title}: ${change.note}`,
      link: change.href,
      pubDate: change.date,
      description: `${change.typeLabel} „${change.title}”: ${change.note}`,
      categories: [change.typeLabel],
      // One page can change many times; each change needs its own id or readers drop all but one.
      customData: `<guid isPermaLink="false">${new URL(change.href, context.site ?? 'http://localhost:4321').href}#zmiana-${toIsoDate(change.date)}-${index + 1}</guid>`,
    })),
  });
}
