/**
 * The fragment of the page's address (`#krok-…`) as something an island renders from, so a deep
 * link is read, not copied into state by an effect. It is empty on the server and while hydrating
 * (a static page cannot know its fragment), then follows the address: a link or a typed address
 * (hashchange) and "Wstecz" or "Dalej" (popstate). history.replaceState fires neither event, so an
 * island that replaces the address itself sees the new fragment on its next render.
 */
import { useSyncExternalStore } from 'react';

function subscribeToHash(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  window.addEventListener('popstate', onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener('popstate', onChange);
  };
}

const currentHash = () => location.hash;
const noHashOnServer = () => '';

export function useAddressHash(): string {
  return useSyncExternalStore(subscribeToHash, currentHash, noHashOnServer);
}
