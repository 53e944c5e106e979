/**
 * What a quiz can know of saved progress before its storage code has loaded: whether this device may hold any,
 * whether another document of the site has just written some, and which writes the page has asked for and not yet
 * handed to a store. A first visit (the usual case for a quiz on a course page) thus shows its start screen and its
 * first question without the storage code, which follows once the question is on screen. No idb-keyval, no Lit.
 */

/** The library's IndexedDB database; SafeStore opens it by this name. */
export const DATABASE_NAME = 'defence-learning';
/** The BroadcastChannel on which SafeStore tells other documents of its writes (`{ db, prefix }`). */
export const CHANGE_CHANNEL = 'defence-learning-progress';

/**
 * The database the page's store keeps progress in, as `indexedDB.databases()` lists it; undefined when the store was
 * replaced by one that can only be read, not looked up (kept in memory, or over an injected idb-keyval store).
 */
let sharedDatabase: string | undefined = DATABASE_NAME;

export function noteSharedDatabase(name: string | undefined): void {
  sharedDatabase = name;
}

/**
 * False only when the browser lists its databases and the page's store's is not among them: nothing is saved here yet.
 * Any doubt (no `databases()`, an error, a store that cannot be looked up) answers true, and the storage code then
 * says what is there.
 */
export async function mayHoldSavedProgress(): Promise<boolean> {
  if (sharedDatabase === undefined) return true;
  try {
    // Older browsers (and a page that removed IndexedDB) have no list to give.
    const idb = globalThis.indexedDB as IDBFactory | undefined;
    if (typeof idb?.databases !== 'function') return true;
    return (await idb.databases()).some((database) => database.name === sharedDatabase);
  } catch {
    return true;
  }
}

/** Calls back once when another document of the site writes progress to the page's store's database; returns how to stop listening. */
export function onProgressWrittenElsewhere(callback: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANGE_CHANNEL);
  channel.onmessage = (event: MessageEvent<{ db?: unknown } | null>) => {
    if (event.data?.db !== sharedDatabase) return;
    channel.close();
    callback();
  };
  return () => channel.close();
}

/** Writes asked for while the storage code was on its way: `SafeStore.flush()` waits for them too. */
const announced = new Set<Promise<unknown>>();

export function announceWrite(write: Promise<unknown>): void {
  announced.add(write);
  void write.finally(() => announced.delete(write));
}

export async function announcedWrites(): Promise<void> {
  while (announced.size > 0) await Promise.allSettled([...announced]);
}
