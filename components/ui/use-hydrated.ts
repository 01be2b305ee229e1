import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False in the server's HTML and until React has hydrated the component: a button that acts only
 * through script is disabled until then, as a click before it would be lost without a word (on a
 * slow phone, or a part of the page loaded on its own).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
