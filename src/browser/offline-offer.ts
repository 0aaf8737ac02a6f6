/**
 * On every page with "Zapisz do czytania bez internetu": kept tiny, as it is first-view code on
 * plain pages (a programme, a course). The panel's code (src/browser/offline-offer-panel.ts) loads
 * when the reader opens the panel, or at once for a reader whose browser already has the site's
 * service worker (someone who saved pages), so a saved page shows its state and dates unasked.
 */
const offer = document.querySelector<HTMLDetailsElement>('details[data-offline-offer]');
if (offer) {
  const show = () => void import('./offline-offer-panel.ts').then(({ showOfflineOffer }) => showOfflineOffer(offer));
  if (navigator.serviceWorker?.controller) show();
  else offer.addEventListener('toggle', show, { once: true });
}
