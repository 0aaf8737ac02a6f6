/**
 * On every page with "Zapisz do czytania bez internetu": kept tiny, as it is first-view code on
 * plain pages (a programme, a course). The panel's code (src/browser/offline-offer-panel.ts, one
 * script at OFFER_PANEL_SCRIPT) is added to the page when the reader opens the panel, or at once for
 * a reader whose browser already has the site's service worker (someone who saved pages), so a saved
 * page shows its state and dates unasked. A script element rather than `import()`: see
 * src/integrations/browser-bundle.ts.
 */
import { OFFER_PANEL_SCRIPT } from '../lib/offline/offline-addresses.ts';

const offer = document.querySelector('details[data-offline-offer]');
if (offer) {
  const show = () => document.head.append(Object.assign(document.createElement('script'), { type: 'module', src: OFFER_PANEL_SCRIPT }));
  if (navigator.serviceWorker?.controller) show();
  else offer.addEventListener('toggle', show, { once: true });
}
