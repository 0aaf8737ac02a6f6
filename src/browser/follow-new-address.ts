/**
 * On a page at a former address: go on to the new address at once, keeping the `#fragment` (and
 * query) of the link the reader followed. The page's meta refresh does the same without
 * JavaScript, but browsers drop the fragment there, and with it the section a trainer linked to.
 */
export function followNewAddress(): void {
  const link = document.querySelector<HTMLAnchorElement>('a[data-new-address]');
  if (link) window.location.replace(link.href + window.location.search + window.location.hash);
}
