import { SafeStore, sharedSafeStore, useSharedSafeStore } from '../../src/storage/safe-store.js';

let count = 0;

/** Gives each test a database of its own, so no card state leaks from one test into the next. */
export function useFreshCardStore(): SafeStore {
  const store = new SafeStore({ dbName: `fact-card-test-${Date.now()}-${count++}`, channelName: null });
  useSharedSafeStore(store);
  return store;
}

export function currentStore(): SafeStore {
  return sharedSafeStore();
}

/** Hides `window.indexedDB` as a browser without it would; returns the function that restores it. */
export function removeIndexedDb(): () => void {
  const own = Object.getOwnPropertyDescriptor(window, 'indexedDB');
  Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true, writable: true });
  return () => {
    if (own) Object.defineProperty(window, 'indexedDB', own);
    else delete (window as { indexedDB?: unknown }).indexedDB;
  };
}
