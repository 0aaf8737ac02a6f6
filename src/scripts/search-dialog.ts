/**
 * The header's search dialog. This file is on every page, so it stays small: the search client
 * (and with it pagefind) is imported only when the dialog first opens.
 * Without JavaScript the header keeps its plain link to /szukaj/.
 */
import { resultsAnnouncement, searchStateQueryString } from '../lib/search-params.ts';

const DEBOUNCE_MS = 200;
const LIMIT = 8;

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !== null;
}

export function setUpSearchDialog(): void {
  const dialog = document.querySelector<HTMLDialogElement>('#search-dialog');
  const link = document.querySelector<HTMLAnchorElement>('[data-search-link]');
  const button = document.querySelector<HTMLButtonElement>('[data-search-open]');
  if (!dialog || !link || !button || typeof dialog.showModal !== 'function') return;
  const form = dialog.querySelector<HTMLFormElement>('form')!;
  const input = dialog.querySelector<HTMLInputElement>('#search-dialog-query')!;
  const status = dialog.querySelector<HTMLElement>('#search-dialog-status')!;
  const list = dialog.querySelector<HTMLElement>('#search-dialog-results')!;
  const all = dialog.querySelector<HTMLAnchorElement>('#search-dialog-all')!;
  const close = dialog.querySelector<HTMLButtonElement>('[data-search-close]')!;
  const onSearchPage = document.querySelector('#search-query') !== null;

  // On the search page itself the link stays: the page's own field is the search.
  if (!onSearchPage) {
    link.hidden = true;
    button.hidden = false;
  }

  let returnFocus: HTMLElement | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let run = 0;

  async function update(): Promise<void> {
    const query = input.value.trim();
    const current = ++run;
    all.href = `/szukaj/${searchStateQueryString({ query, filters: {} })}`;
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = 'Szukam…';
    try {
      const [{ search }, { renderResults }] = await Promise.all([import('../lib/search-client.ts'), import('./search-render.ts')]);
      const response = await search(query, {}, { limit: LIMIT });
      if (current !== run) return;
      renderResults(list, response.results, 'h3');
      status.textContent = resultsAnnouncement(response.total, query, response.results.length, false);
    } catch (error) {
      if (current !== run) return;
      status.textContent = 'Nie udało się uruchomić wyszukiwarki. Spróbuj ponownie albo przejdź do strony wyszukiwania.';
      console.warn(error);
    }
  }

  function open(): void {
    if (dialog!.open) return;
    returnFocus = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    dialog!.showModal();
    input.focus();
    input.select();
    // Start fetching the search code now that the reader has opened search.
    void import('../lib/search-client.ts').then(({ loadPagefind }) => loadPagefind()).catch(() => undefined);
  }

  function restoreFocus(): void {
    clearTimeout(timer);
    const target = returnFocus && document.contains(returnFocus) ? returnFocus : null;
    returnFocus = null;
    if (target) target.focus();
    // Opened from nowhere (a shortcut on the bare page): leave focus on the page, not in the closed
    // field, where the next "/" or Ctrl+K would count as typing and be ignored.
    else input.blur();
  }

  /**
   * The dialog's "close" event comes a task later; focus moves at once, or a shortcut pressed in
   * between would land in the hidden field and be taken for typing.
   */
  function closeDialog(): void {
    dialog!.close();
    restoreFocus();
  }

  button.addEventListener('click', open);
  close.addEventListener('click', closeDialog);
  // Other ways of closing (the browser's own Escape handling) still put focus back.
  dialog.addEventListener('close', () => {
    if (document.activeElement === input) restoreFocus();
  });
  // A click on the backdrop (outside the dialog's box) closes it.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) {
      const box = dialog.getBoundingClientRect();
      const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
      if (!inside) closeDialog();
    }
  });
  // Escape in a search field would only clear it; here it closes the dialog, as readers expect.
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      closeDialog();
    }
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void update(), DEBOUNCE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void update();
  });

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || dialog.open) return;
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey;
    const ctrlK = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k';
    if (!slash && !ctrlK) return;
    if (isTyping(event.target)) return;
    event.preventDefault();
    const pageField = document.querySelector<HTMLInputElement>('#search-query');
    if (pageField) {
      pageField.focus();
      pageField.select();
    } else open();
  });
}
