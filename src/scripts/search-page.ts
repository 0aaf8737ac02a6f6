/**
 * The search page: reads `?q=`, loads pagefind only when there is something to look for, and
 * renders results as plain DOM (text nodes, never HTML typed by the reader).
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
}

interface Pagefind {
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
  options(options: Record<string, unknown>): Promise<void>;
}

const PAGEFIND_URL = '/pagefind/pagefind.js';
let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ PAGEFIND_URL).then(async (module: Pagefind) => {
    await module.options({ excerptLength: 30 });
    return module;
  });
  return pagefind;
}

/** Pagefind's excerpt marks matches with <mark>; keep only that markup and escape the rest. */
function excerptFragment(excerpt: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const parts = excerpt.split(/(<mark>|<\/mark>)/);
  let marked = false;
  for (const part of parts) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) {
      const text = document.createTextNode(new DOMParser().parseFromString(part, 'text/html').documentElement.textContent ?? '');
      if (marked) {
        const mark = document.createElement('mark');
        mark.append(text);
        fragment.append(mark);
      } else fragment.append(text);
    }
  }
  return fragment;
}

function resultsLabel(count: number): string {
  const rules = new Intl.PluralRules('pl-PL').select(count);
  const noun = rules === 'one' ? 'wynik' : rules === 'few' ? 'wyniki' : 'wyników';
  return `${count} ${noun}`;
}

export async function runSearchPage(): Promise<void> {
  const input = document.querySelector<HTMLInputElement>('#search-query');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  if (!input || !status || !list) return;
  const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  input.value = query;
  if (!query) return;
  status.textContent = 'Szukam…';
  try {
    const engine = await loadPagefind();
    const search = await engine.search(query);
    const results = await Promise.all(search.results.slice(0, 20).map((result) => result.data()));
    list.replaceChildren(
      ...results.map((result) => {
        const item = document.createElement('li');
        const heading = document.createElement('h2');
        const link = document.createElement('a');
        link.href = result.url;
        link.textContent = result.meta.title ?? result.url;
        heading.append(link);
        const type = result.filters.typ?.[0];
        const meta = document.createElement('p');
        meta.className = 'secondary-text';
        meta.textContent = type ?? '';
        const excerpt = document.createElement('p');
        excerpt.append(excerptFragment(result.excerpt));
        item.append(heading, ...(type ? [meta] : []), excerpt);
        return item;
      }),
    );
    status.textContent =
      search.results.length === 0
        ? `Brak wyników dla „${query}”. Sprawdź pisownię albo użyj innego słowa.`
        : `${resultsLabel(search.results.length)} dla „${query}”${search.results.length > 20 ? ' (pokazano 20 pierwszych)' : ''}.`;
  } catch (error) {
    status.textContent = 'Nie udało się uruchomić wyszukiwarki. Odśwież stronę i spróbuj ponownie.';
    console.warn(error);
  }
}
