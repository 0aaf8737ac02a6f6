/**
 * Turns every "Kopiuj link" control (a plain link to `#id`, see src/lib/copy-link.ts) into "copy
 * this address": one listener for the whole page, so controls in text, headings and charts need no
 * script of their own. The address bar shows the address too, without the page jumping, so a
 * reader whose browser refuses the clipboard can copy it from there. The messages, in the page's
 * language, are on the status region (`data-copied`, `data-copy-failed`), so no dictionary is
 * loaded here.
 */
import { TARGET_PLACEHOLDER } from '../lib/copy-link-target.ts';

/** The page's one polite live region, in src/layouts/BaseLayout.astro. */
const STATUS_ID = 'copy-link-status';
/** Long enough to read a sentence; the region then empties so the message does not cover the text. */
const MESSAGE_MS = 8000;

let clearTimer: ReturnType<typeof setTimeout> | undefined;

function announce(kind: 'copied' | 'copyFailed', target: string): void {
  const status = document.getElementById(STATUS_ID);
  if (!status) return;
  const message = (status.dataset[kind] ?? '').replace(TARGET_PLACEHOLDER, target);
  clearTimeout(clearTimer);
  // Emptied first, so copying the same link twice is announced twice.
  status.textContent = '';
  setTimeout(() => {
    status.textContent = message;
    clearTimer = setTimeout(() => (status.textContent = ''), MESSAGE_MS);
  }, 50);
}

async function copyAddress(link: HTMLAnchorElement): Promise<void> {
  const target = link.dataset.copyLink ?? '';
  history.replaceState(history.state, '', link.hash);
  try {
    await navigator.clipboard.writeText(location.origin + location.pathname + link.hash);
    announce('copied', target);
  } catch {
    announce('copyFailed', target);
  }
}

document.addEventListener('click', (event) => {
  // A click with a modifier key opens the link in a new tab or window, as with any link.
  if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-copy-link]') : null;
  if (!link) return;
  event.preventDefault();
  void copyAddress(link);
});
