/**
 * Whether the island runs in the browser with React in charge: false while rendering on the
 * server and during hydration (so the first client render matches the server's HTML), true from
 * the render right after hydration on. Islands use it to switch from the markup that works
 * without JavaScript (plain forms, every item shown) to the interactive one.
 *
 * useSyncExternalStore does this without an effect that sets state: React renders with the
 * server snapshot while hydrating, then re-renders with the client snapshot at once.
 */
import { useSyncExternalStore } from 'react';

/** Nothing to listen to: the answer never changes after hydration. */
function subscribeToNothing(): () => void {
  return () => {};
}

const inBrowser = () => true;
const onServer = () => false;

export function useHydrated(): boolean {
  return useSyncExternalStore(subscribeToNothing, inBrowser, onServer);
}
