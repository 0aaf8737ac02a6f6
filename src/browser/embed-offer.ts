/**
 * Brings the "Osadź na swojej stronie" panels (src/components/embed/EmbedOffer.astro) to life: when
 * a panel opens or gets focus, its code and preview take the page's current view (the map's
 * project, the explorer's step and filters); "Kopiuj kod" copies the code; the preview is a real
 * frame of the embed, resized by the embed's own messages as another site's would be.
 */
import { embedAddress, type EmbedKind } from '../lib/embeds/embed-address.ts';
import { EMBED_HEIGHTS, embedCode } from '../lib/embeds/embed-code.ts';
import { heightFromMessage } from '../lib/embeds/embed-resize.ts';

interface Offer {
  panel: HTMLDetailsElement;
  path: string;
  kind: EmbedKind;
  title: string;
}

const KINDS: readonly EmbedKind[] = ['chart', 'map', 'workflow'];

function offerOf(panel: HTMLDetailsElement): Offer | undefined {
  const { embedPath, embedKind, embedTitle } = panel.dataset;
  const kind = KINDS.find((known) => known === embedKind);
  return embedPath && kind && embedTitle ? { panel, path: embedPath, kind, title: embedTitle } : undefined;
}

/** The embed's address with the page's view now, relative and absolute. */
function currentAddress(offer: Offer): { path: string; href: string } {
  const path = embedAddress(offer.path, offer.kind, { search: location.search, hash: location.hash });
  return { path, href: new URL(path, location.origin).href };
}

function refresh(offer: Offer): void {
  const { path, href } = currentAddress(offer);
  const code = offer.panel.querySelector<HTMLTextAreaElement>('[data-embed-code]');
  if (code) code.value = embedCode({ address: href, title: offer.title, kind: offer.kind });
  offer.panel.querySelector<HTMLAnchorElement>('[data-embed-preview-link]')?.setAttribute('href', path);
  const preview = offer.panel.querySelector<HTMLElement>('[data-embed-preview]');
  if (!preview || !offer.panel.open) return;
  let frame = preview.querySelector('iframe');
  if (!frame) {
    frame = document.createElement('iframe');
    frame.title = `Podgląd osadzenia: ${offer.title}`;
    frame.className = 'embed-offer__frame';
    frame.style.height = `${EMBED_HEIGHTS[offer.kind]}px`;
    preview.append(frame);
  }
  // Setting the same address again would reload the frame and lose what the reader did in it.
  if (frame.getAttribute('src') !== path) frame.setAttribute('src', path);
}

async function copy(offer: Offer): Promise<void> {
  refresh(offer);
  const code = offer.panel.querySelector<HTMLTextAreaElement>('[data-embed-code]');
  const status = offer.panel.querySelector<HTMLElement>('[data-embed-status]');
  if (!code || !status) return;
  try {
    await navigator.clipboard.writeText(code.value);
    status.textContent = 'Skopiowano kod. Wklej go w kodzie HTML swojej strony.';
  } catch {
    code.select();
    status.textContent = 'Nie udało się skopiować. Kod jest zaznaczony: skopiuj go klawiszami Ctrl+C.';
  }
}

for (const panel of document.querySelectorAll<HTMLDetailsElement>('details[data-embed-offer]')) {
  const offer = offerOf(panel);
  if (!offer) continue;
  const button = panel.querySelector<HTMLButtonElement>('[data-embed-copy]');
  if (button) {
    button.hidden = false;
    button.addEventListener('click', () => void copy(offer));
  }
  panel.addEventListener('toggle', () => refresh(offer));
  // The view may have changed while the panel stood open (a step, a project): catch up on return.
  panel.addEventListener('focusin', () => refresh(offer));
}

// Previews resize as frames on other sites do with /osadz/wysokosc.js.
window.addEventListener('message', (event) => {
  if (event.origin !== location.origin) return;
  const height = heightFromMessage(event.data);
  if (height === undefined) return;
  for (const frame of document.querySelectorAll<HTMLIFrameElement>('.embed-offer__frame')) {
    if (frame.contentWindow === event.source) frame.style.height = `${height}px`;
  }
});
