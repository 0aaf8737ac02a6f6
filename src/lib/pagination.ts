/**
 * Long lists split into numbered pages. The first page keeps the list's own address
 * (`/programy/`), the others sit under it at `/programy/strona/2/`: a segment no entry id can
 * take over, so page numbers never meet entries in the same folder (`/programy/<id>/`).
 *
 * Astro's `paginate()` was the first choice, but it puts the number straight after the route's
 * folder (`/programy/2/`, the entries' namespace) and runs only inside Astro; this module gives
 * the same `Page`-like data from plain values, so the routes' logic is unit-tested.
 */

/** Entries per page of a section index or a relation list. */
export const LIST_PAGE_SIZE = 50;

/** The address segment before a page number. */
export const PAGE_SEGMENT = 'strona';

/** One page of a list, shaped like Astro's `Page` so the routes read the same way. */
export interface ListPage<T> {
  /** The entries on this page. */
  data: T[];
  /** This page's number, from 1. */
  currentPage: number;
  /** How many pages the list has; at least 1, also for an empty list. */
  lastPage: number;
  /** Entries in the whole list. */
  total: number;
  /** Position of the first and the last entry of this page in the whole list, from 1 (both 0 when the list is empty). */
  firstPosition: number;
  lastPosition: number;
  url: {
    /** The list's own address: its first page. */
    first: string;
    current: string;
    prev?: string;
    next?: string;
  };
}

/** The address of page `page` of the list at `listHref` (which ends in "/"). */
export function listPageHref(listHref: string, page: number): string {
  return page <= 1 ? listHref : `${listHref}${PAGE_SEGMENT}/${page}/`;
}

/** The rest parameter (`[...page]`) of page `page`: none for the first page, "strona/2" for the second. */
function listPageParam(page: number): string | undefined {
  return page <= 1 ? undefined : `${PAGE_SEGMENT}/${page}`;
}

/** Every page of `items` at `listHref`, in order. */
export function paginateList<T>(items: readonly T[], listHref: string, pageSize = LIST_PAGE_SIZE): ListPage<T>[] {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError(`Rozmiar strony listy musi być dodatnią liczbą całkowitą, a jest ${pageSize}`);
  const lastPage = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: lastPage }, (_, index) => {
    const currentPage = index + 1;
    const start = index * pageSize;
    const data = items.slice(start, start + pageSize);
    return {
      data,
      currentPage,
      lastPage,
      total: items.length,
      firstPosition: data.length === 0 ? 0 : start + 1,
      lastPosition: start + data.length,
      url: {
        first: listHref,
        current: listPageHref(listHref, currentPage),
        ...(currentPage > 1 ? { prev: listPageHref(listHref, currentPage - 1) } : {}),
        ...(currentPage < lastPage ? { next: listPageHref(listHref, currentPage + 1) } : {}),
      },
    };
  });
}

/** `getStaticPaths()` entries of a paged list route (`…/[...page].astro`), with the route's other params. */
export function listPagePaths<T, P extends Record<string, string>>(
  items: readonly T[],
  listHref: string,
  params: P = {} as P,
  pageSize = LIST_PAGE_SIZE,
): { params: P & { page: string | undefined }; props: { page: ListPage<T> } }[] {
  return paginateList(items, listHref, pageSize).map((page) => ({ params: { ...params, page: listPageParam(page.currentPage) }, props: { page } }));
}

/** A page number to link, or a gap in the sequence shown as an ellipsis. */
export type PaginationItem = { kind: 'page'; number: number; href: string; current: boolean } | { kind: 'gap' };

/**
 * The numbers a pagination bar shows, as GOV.UK does: the first and last page, the current one
 * and its neighbours; a gap of one page shows that page rather than an ellipsis standing for it.
 */
export function paginationItems(page: Pick<ListPage<unknown>, 'currentPage' | 'lastPage' | 'url'>): PaginationItem[] {
  const { currentPage, lastPage } = page;
  const wanted = [...new Set([1, currentPage - 1, currentPage, currentPage + 1, lastPage])]
    .filter((number) => number >= 1 && number <= lastPage)
    .sort((a, b) => a - b);
  const items: PaginationItem[] = [];
  const pageItem = (number: number): PaginationItem => ({ kind: 'page', number, href: listPageHref(page.url.first, number), current: number === currentPage });
  let previous = 0;
  for (const number of wanted) {
    if (number - previous === 2) items.push(pageItem(previous + 1));
    else if (number - previous > 2) items.push({ kind: 'gap' });
    items.push(pageItem(number));
    previous = number;
  }
  return items;
}

/** "Strona 2 z 34", or nothing for a list that fits on one page. */
export function pageOfPages(page: Pick<ListPage<unknown>, 'currentPage' | 'lastPage'>): string | undefined {
  return page.lastPage > 1 ? `Strona ${page.currentPage} z ${page.lastPage}` : undefined;
}

/**
 * "Strona 2 z 34: programy 51–100 z 1667." (`what` names the entries, "pozycje" by default), or
 * nothing for a list that fits on one page.
 */
export function listPosition(
  page: Pick<ListPage<unknown>, 'currentPage' | 'lastPage' | 'firstPosition' | 'lastPosition' | 'total'>,
  { what = 'pozycje', formatNumber = String }: { what?: string; formatNumber?: (value: number) => string } = {},
): string | undefined {
  const pages = pageOfPages(page);
  if (!pages) return undefined;
  return `${pages}: ${what} ${formatNumber(page.firstPosition)}–${formatNumber(page.lastPosition)} z ${formatNumber(page.total)}.`;
}

/** The page's `<title>` text: the list's title, with "strona 2 z 34" when the list has pages. */
export function listPageTitle(title: string, page: Pick<ListPage<unknown>, 'currentPage' | 'lastPage'>): string {
  return page.lastPage > 1 ? `${title} – strona ${page.currentPage} z ${page.lastPage}` : title;
}
