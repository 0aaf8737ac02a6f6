/**
 * Results in the header's search dialog: searching as the reader types, the status line and the
 * link to all results. Imported only when the dialog first opens (src/browser/search-dialog.ts),
 * together with the search client and pagefind, so pages the reader only reads never load it.
 */
import { loadPagefind, search } from './search-client.ts';
import { interfaceText } from '../lib/i18n/interface-text.ts';
import { languageOfPath } from '../lib/i18n/language-routes.ts';
import { searchStateQueryString } from '../lib/search-params.ts';
import { renderResults } from './search-render.ts';

const DEBOUNCE_MS = 200;
const LIMIT = 8;

export function showResultsIn(dialog: HTMLDialogElement): void {
  const form = dialog.querySelector<HTMLFormElement>('form')!;
  const input = dialog.querySelector<HTMLInputElement>('#search-dialog-query')!;
  const status = dialog.querySelector<HTMLElement>('#search-dialog-status')!;
  const list = dialog.querySelector<HTMLElement>('#search-dialog-results')!;
  const all = dialog.querySelector<HTMLAnchorElement>('#search-dialog-all')!;

  const text = interfaceText(languageOfPath(location.pathname)).search;
  // The page's own search page: /szukaj/ on Polish pages, /en/search/ on English ones.
  const searchPage = form.getAttribute('action') ?? '/szukaj/';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let run = 0;

  async function update(): Promise<void> {
    const query = input.value.trim();
    const current = ++run;
    all.href = `${searchPage}${searchStateQueryString({ query, filters: {} })}`;
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    // Search is online only (pagefind's index is not saved for reading offline): say so rather than fail.
    if (!navigator.onLine) {
      list.replaceChildren();
      status.textContent = text.offline;
      return;
    }
    status.textContent = text.searching;
    try {
      const response = await search(query, {}, { limit: LIMIT });
      if (current !== run) return;
      renderResults(list, response.results, 'h3', text.sectionsOf);
      status.textContent = text.results(response.total, query, response.results.length);
    } catch (error) {
      if (current !== run) return;
      status.textContent = navigator.onLine ? text.failed : text.offline;
      console.warn(error);
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void update(), DEBOUNCE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void update();
  });
  dialog.addEventListener('close', () => clearTimeout(timer));
  // The reader is about to type: fetch the index's entry files now rather than at the first letter.
  if (navigator.onLine) loadPagefind().catch(() => undefined);
  // Whatever the reader typed while this code was loading is searched now.
  if (input.value.trim()) void update();
}
