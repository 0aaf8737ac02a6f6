/** The site-wide list of changes: every change note of every document, newest first. */

export interface ChangeSource {
  title: string;
  href: string;
  typeLabel: string;
  changes: readonly { date: Date; note: string }[];
}

export interface SiteChange {
  date: Date;
  note: string;
  title: string;
  href: string;
  typeLabel: string;
}

const polishOrder = new Intl.Collator('pl-PL');

/** Newest first; on the same day, alphabetically by page title so the order is stable. */
export function collectChanges(documents: readonly ChangeSource[], limit = Infinity): SiteChange[] {
  return documents
    .flatMap((document) =>
      document.changes.map((change) => ({
        date: change.date,
        note: change.note,
        title: document.title,
        href: document.href,
        typeLabel: document.typeLabel,
      })),
    )
    .sort((a, b) => b.date.getTime() - a.date.getTime() || polishOrder.compare(a.title, b.title))
    .slice(0, limit);
}
