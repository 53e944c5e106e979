/**
 * Storage faults to inject: a replaced `window.indexedDB`, an open that fails or never finishes,
 * an object store whose writes are refused for lack of space. Every test database gets its own
 * name so tests never see each other's records.
 */
import { createStore, promisifyRequest, type UseStore } from 'idb-keyval';

import { closingStore } from '../../src/storage/safe-store.js';

let counter = 0;

/** A database name no other test uses. */
export function testDatabaseName(label: string): string {
  counter += 1;
  return `test-${label}-${Date.now().toString(36)}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Replaces `window.indexedDB` with a property of this descriptor; returns the function that restores it. */
export function replaceIndexedDB(descriptor: PropertyDescriptor): () => void {
  const own = Object.getOwnPropertyDescriptor(window, 'indexedDB');
  Object.defineProperty(window, 'indexedDB', { configurable: true, ...descriptor });
  return () => {
    if (own) Object.defineProperty(window, 'indexedDB', own);
    else delete (window as { indexedDB?: unknown }).indexedDB;
  };
}

/** An IDBFactory whose `open` request fails with `error` (as a broken or corrupt profile does). */
export function failingFactory(error: DOMException): IDBFactory {
  return {
    open() {
      const request = {
        error: null as DOMException | null,
        result: undefined,
        onerror: null as null | (() => void),
        onsuccess: null,
        onupgradeneeded: null,
        onblocked: null,
      };
      setTimeout(() => {
        request.error = error;
        request.onerror?.();
      }, 5);
      return request as unknown as IDBOpenDBRequest;
    },
  } as unknown as IDBFactory;
}

/** An IDBFactory whose `open` request reports `blocked` and then never finishes. */
export function blockedFactory(): IDBFactory {
  return {
    open() {
      const request = { onblocked: null as null | (() => void), onsuccess: null, onerror: null, onupgradeneeded: null };
      setTimeout(() => request.onblocked?.(), 5);
      return request as unknown as IDBOpenDBRequest;
    },
  } as unknown as IDBFactory;
}

/**
 * A real object store whose writes are refused with QuotaExceededError once `refuseWrites()` is
 * called, as a full disk or a used-up origin quota refuses them.
 */
export function storeRefusingWrites(dbName: string): { useStore: UseStore; refuseWrites(): void; real: UseStore } {
  const real = createStore(dbName, 'progress');
  let refusing = false;
  const useStore: UseStore = (mode, callback) => {
    if (mode === 'readwrite' && refusing) {
      return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    }
    return real(mode, callback);
  };
  return {
    useStore,
    real,
    refuseWrites() {
      refusing = true;
    },
  };
}

/**
 * A store on the database whose object store is seen through `intercept` first: what it returns for a property (the
 * transaction's mode given) stands in for the real one; undefined leaves the real one (its methods bound to it).
 */
export function interceptedStore(dbName: string, intercept: (store: IDBObjectStore, property: string | symbol, mode: IDBTransactionMode) => unknown): UseStore {
  const real = closingStore(dbName, 'progress');
  return (mode, callback) =>
    real(mode, (s) =>
      callback(
        new Proxy(s, {
          get(target, property) {
            const replaced = intercept(target, property, mode);
            if (replaced !== undefined) return replaced;
            const value: unknown = Reflect.get(target, property, target);
            return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
          },
        }),
      ),
    );
}

/**
 * A store on the database whose transaction fails as it commits, as a full disk fails it, when it puts a value at
 * a key `refuses` (asked once per put, so it may refuse only the first).
 */
export function storeRefusingPuts(dbName: string, refuses: (key: string) => boolean): UseStore {
  return interceptedStore(dbName, (target, property) =>
    property === 'put'
      ? (value: unknown, key: string) => {
          const request = target.put(value, key);
          if (refuses(key)) target.transaction.abort();
          return request;
        }
      : undefined,
  );
}

/** Writes a raw value straight into a test database, as an older or newer library version would have. */
export function writeRaw(dbName: string, key: string, value: unknown): Promise<void> {
  return closingStore(dbName, 'progress')('readwrite', (s) => {
    s.put(value, key);
    return promisifyRequest(s.transaction);
  });
}

/** Reads a raw value straight from a test database. */
export function readRaw(dbName: string, key: string): Promise<unknown> {
  return closingStore(dbName, 'progress')('readonly', (s) => promisifyRequest(s.get(key)));
}

export const nextTask = (ms = 0) => new Promise<void>((resolve) => setTimeout(resolve, ms));
