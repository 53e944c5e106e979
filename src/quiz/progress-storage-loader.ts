/**
 * Loads the quiz's storage code (progress-storage.ts) once per page, and tells whoever waits for it without asking
 * for it: the start screen's progress panel of a first visit attaches when an attempt's recorder has loaded it.
 */
import type * as progressStorage from './progress-storage.js';

export type ProgressStorage = typeof progressStorage;

let loading: Promise<ProgressStorage> | undefined;
let loaded: ProgressStorage | undefined;
let failed = false;
const waiting = new Set<(storage: ProgressStorage | undefined) => void>();

/** The storage code; rejects when it cannot be fetched (offline), and a later call tries again. */
export function loadProgressStorage(): Promise<ProgressStorage> {
  loading ??= import('./progress-storage.js').then(
    (storage) => {
      loaded = storage;
      failed = false;
      tell(storage);
      return storage;
    },
    (error: unknown) => {
      loading = undefined;
      failed = true;
      tell(undefined);
      throw error;
    },
  );
  return loading;
}

function tell(storage: ProgressStorage | undefined): void {
  for (const callback of [...waiting]) callback(storage);
}

/** The storage code if it has loaded; undefined before. */
export function progressStorageLoaded(): ProgressStorage | undefined {
  return loaded;
}

/** Whether the last try to load the storage code failed: nothing can be saved until one succeeds. */
export function progressStorageFailed(): boolean {
  return failed;
}

/** Calls back each time a load of the storage code ends (undefined: it failed), without loading it; returns how to stop. */
export function onProgressStorageLoad(callback: (storage: ProgressStorage | undefined) => void): () => void {
  waiting.add(callback);
  return () => waiting.delete(callback);
}
