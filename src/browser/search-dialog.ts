/**
 * The header's search dialog: opening and closing it, its keyboard shortcuts and where focus goes.
 * This file is on every page, so it stays small: searching as the reader types (and with it the
 * search client and pagefind) is imported only when the dialog first opens. Until then a submitted
 * form goes to /szukaj/?q=…, as it does without JavaScript, where the header keeps its plain link.
 */

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !== null;
}

export function setUpSearchDialog(): void {
  const dialog = document.querySelector<HTMLDialogElement>('#search-dialog');
  const link = document.querySelector<HTMLAnchorElement>('[data-search-link]');
  const button = document.querySelector<HTMLButtonElement>('[data-search-open]');
  if (!dialog || !link || !button || typeof dialog.showModal !== 'function') return;
  const input = dialog.querySelector<HTMLInputElement>('#search-dialog-query')!;
  const close = dialog.querySelector<HTMLButtonElement>('[data-search-close]')!;
  const status = dialog.querySelector<HTMLElement>('#search-dialog-status')!;
  const onSearchPage = document.querySelector('#search-query') !== null;

  // On the search page itself the link stays: the page's own field is the search.
  if (!onSearchPage) {
    link.hidden = true;
    button.hidden = false;
  }

  let returnFocus: HTMLElement | null = null;
  let results: Promise<unknown> | undefined;

  function open(): void {
    if (dialog!.open) return;
    returnFocus = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    dialog!.showModal();
    input.focus();
    input.select();
    // The reader has opened search: now its code loads. The browser keeps a failed import failed
    // until the page reloads, so the dialog says so and its link to the search page remains.
    results ??= import('./search-dialog-results.ts').then(
      ({ showResultsIn }) => showResultsIn(dialog!),
      () => {
        // Written into the dialog in the page's language (SiteHeader.astro): this script is on
        // every page and carries no dictionary of its own. Offline, the reason is the connection.
        status.textContent = dialog!.dataset[navigator.onLine ? 'searchFailed' : 'searchOffline'] ?? '';
      },
    );
  }

  function restoreFocus(): void {
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
  // Other ways of closing (the browser's own Escape handling) still put focus back; not when a
  // shortcut has opened the dialog again before this event came.
  dialog.addEventListener('close', () => {
    if (!dialog.open && document.activeElement === input) restoreFocus();
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
