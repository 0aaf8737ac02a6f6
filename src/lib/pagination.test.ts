import { describe, expect, it } from 'vitest';
import {
  LIST_PAGE_SIZE,
  listPageHref,
  listPagePaths,
  listPageTitle,
  listPosition,
  pageOfPages,
  paginateList,
  paginationItems,
  type PaginationItem,
} from './pagination.ts';

const numbers = (count: number) => Array.from({ length: count }, (_, index) => index + 1);

/** The bar as text: "1 … 4 [5] 6 … 10". */
function bar(currentPage: number, lastPage: number): string {
  return paginationItems({ currentPage, lastPage, url: { first: '/programy/', current: listPageHref('/programy/', currentPage) } })
    .map((item: PaginationItem) => (item.kind === 'gap' ? '…' : item.current ? `[${item.number}]` : String(item.number)))
    .join(' ');
}

describe('addresses of list pages', () => {
  it('keeps the list’s own address for page 1 and puts later pages under "strona/"', () => {
    expect(listPageHref('/programy/', 1)).toBe('/programy/');
    expect(listPageHref('/programy/', 2)).toBe('/programy/strona/2/');
    expect(listPageHref('/zrodla/zrodlo-a/programy/', 34)).toBe('/zrodla/zrodlo-a/programy/strona/34/');
  });
});

describe('paginateList', () => {
  it('cuts the list into pages of the given size, the last one shorter', () => {
    const pages = paginateList(numbers(120), '/programy/', 50);
    expect(pages.map((page) => page.data.length)).toEqual([50, 50, 20]);
    expect(pages[2]).toMatchObject({ currentPage: 3, lastPage: 3, total: 120, firstPosition: 101, lastPosition: 120 });
    expect(pages[2]!.data[0]).toBe(101);
  });

  it('links each page to its neighbours and to the first page', () => {
    const [first, second, third] = paginateList(numbers(120), '/programy/', 50);
    expect(first!.url).toEqual({ first: '/programy/', current: '/programy/', next: '/programy/strona/2/' });
    expect(second!.url).toEqual({ first: '/programy/', current: '/programy/strona/2/', prev: '/programy/', next: '/programy/strona/3/' });
    expect(third!.url).toEqual({ first: '/programy/', current: '/programy/strona/3/', prev: '/programy/strona/2/' });
  });

  it('makes one page, without neighbours, for a list that fits on it', () => {
    const pages = paginateList(numbers(LIST_PAGE_SIZE), '/programy/');
    expect(pages).toHaveLength(1);
    expect(pages[0]!.url).toEqual({ first: '/programy/', current: '/programy/' });
  });

  it('still makes the first page for an empty list, so the section index exists', () => {
    expect(paginateList([], '/programy/')).toEqual([
      { data: [], currentPage: 1, lastPage: 1, total: 0, firstPosition: 0, lastPosition: 0, url: { first: '/programy/', current: '/programy/' } },
    ]);
  });

  it('refuses a page size that is not a positive whole number', () => {
    expect(() => paginateList(numbers(3), '/programy/', 0)).toThrow(RangeError);
    expect(() => paginateList(numbers(3), '/programy/', 2.5)).toThrow(RangeError);
  });
});

describe('listPagePaths: getStaticPaths() of a paged route', () => {
  it('gives page 1 no page parameter, so it is built at the list’s own address, and page 2 "strona/2"', () => {
    const paths = listPagePaths(numbers(51), '/programy/');
    expect(paths.map((path) => path.params)).toEqual([{ page: undefined }, { page: 'strona/2' }]);
    expect(paths[1]!.props.page.data).toEqual([51]);
  });

  it('keeps the route’s other parameters on every page', () => {
    const paths = listPagePaths(numbers(101), '/zrodla/zrodlo-a/programy/', { id: 'zrodlo-a', relation: 'programy' });
    expect(paths.map((path) => path.params)).toEqual([
      { id: 'zrodlo-a', relation: 'programy', page: undefined },
      { id: 'zrodlo-a', relation: 'programy', page: 'strona/2' },
      { id: 'zrodlo-a', relation: 'programy', page: 'strona/3' },
    ]);
    expect(paths[2]!.props.page.url.current).toBe('/zrodla/zrodlo-a/programy/strona/3/');
  });

  it('builds a page 2 exactly when the list is longer than one page', () => {
    expect(listPagePaths(numbers(LIST_PAGE_SIZE), '/programy/')).toHaveLength(1);
    expect(listPagePaths(numbers(LIST_PAGE_SIZE + 1), '/programy/')).toHaveLength(2);
  });
});

describe('paginationItems', () => {
  it.each([
    [1, 1, '[1]'],
    [1, 2, '[1] 2'],
    [2, 3, '1 [2] 3'],
    [1, 5, '[1] 2 … 5'],
    [3, 5, '1 2 [3] 4 5'],
    [4, 7, '1 2 3 [4] 5 6 7'],
    [5, 9, '1 … 4 [5] 6 … 9'],
    [5, 10, '1 … 4 [5] 6 … 10'],
    [1, 34, '[1] 2 … 34'],
    [34, 34, '1 … 33 [34]'],
    [3, 34, '1 2 [3] 4 … 34'],
  ])('page %i of %i: %s', (current, last, expected) => {
    expect(bar(current, last)).toBe(expected);
  });

  it('links every number to its page', () => {
    const items = paginationItems({ currentPage: 2, lastPage: 3, url: { first: '/instytucje/', current: '/instytucje/strona/2/' } });
    expect(items).toEqual([
      { kind: 'page', number: 1, href: '/instytucje/', current: false },
      { kind: 'page', number: 2, href: '/instytucje/strona/2/', current: true },
      { kind: 'page', number: 3, href: '/instytucje/strona/3/', current: false },
    ]);
  });
});

describe('titles of list pages', () => {
  it('name the page and the number of pages only when there are several', () => {
    expect(pageOfPages({ currentPage: 2, lastPage: 34 })).toBe('Strona 2 z 34');
    expect(pageOfPages({ currentPage: 1, lastPage: 1 })).toBeUndefined();
    expect(listPageTitle('Programy', { currentPage: 2, lastPage: 34 })).toBe('Programy – strona 2 z 34');
    expect(listPageTitle('Programy', { currentPage: 1, lastPage: 1 })).toBe('Programy');
  });

  it('say which entries the page shows, next to the heading', () => {
    const [, second] = paginateList(numbers(1667), '/programy/', 50);
    expect(listPosition(second!)).toBe('Strona 2 z 34: pozycje 51–100 z 1667.');
    expect(listPosition(second!, { what: 'programy', formatNumber: (value) => `<${value}>` })).toBe('Strona 2 z 34: programy <51>–<100> z <1667>.');
    expect(listPosition(paginateList(numbers(3), '/programy/')[0]!)).toBeUndefined();
  });
});
