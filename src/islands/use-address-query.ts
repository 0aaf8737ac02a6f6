/**
 * The query string of the page's address (`?projekt=…`) as something an island renders from, so a
 * choice kept in the address is read, not copied into state by an effect. It is empty on the server
 * and while hydrating (the server cannot know the query of a static page), then follows the address:
 * "Wstecz" and "Dalej" (popstate) and every `replaceAddress` below.
 */
import { useSyncExternalStore } from 'react';

/** Islands to tell when `replaceAddress` changes the address: history.replaceState fires no event. */
const replaceListeners = new Set<() => void>();

function subscribeToAddress(onChange: () => void): () => void {
  replaceListeners.add(onChange);
  window.addEventListener('popstate', onChange);
  return () => {
    replaceListeners.delete(onChange);
    window.removeEventListener('popstate', onChange);
  };
}

const currentQuery = () => location.search;
const noQueryOnServer = () => '';

export function useAddressQuery(): string {
  return useSyncExternalStore(subscribeToAddress, currentQuery, noQueryOnServer);
}

/**
 * Replaces the address of the current history entry, not pushing a new one: trying five choices
 * must not leave five entries for "Wstecz".
 */
export function replaceAddress(address: string): void {
  history.replaceState(history.state, '', address);
  for (const onChange of replaceListeners) onChange();
}
