import { announcedWrites } from '../../src/storage/progress-presence.js';
import { SafeStore, sharedSafeStore, useSharedSafeStore } from '../../src/storage/safe-store.js';
import { testDatabaseName } from './storage-faults.js';

/**
 * Points every element of the page at a new, empty database (named after `label`) and returns it,
 * so nothing saved by one test (a quiz attempt, a card state) is seen by the next.
 */
export function useFreshStore(label = 'store'): SafeStore {
  const store = new SafeStore({ dbName: testDatabaseName(label) });
  useSharedSafeStore(store);
  return store;
}

/**
 * useFreshStore, once the writes the page has asked for have gone to the current store: a quiz's first writes can wait for its storage code
 * (attempt-recorder.ts), and would otherwise land in the next test's database.
 */
export async function useFreshStoreAfterPendingWrites(label?: string): Promise<SafeStore> {
  await announcedWrites();
  return useFreshStore(label);
}

/** Gives each test of the calling file a database of its own (see useFreshStoreAfterPendingWrites). */
export function freshStorePerTest(label?: string): void {
  beforeEach(() => useFreshStoreAfterPendingWrites(label));
}

/** The store the page's elements use now. */
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
