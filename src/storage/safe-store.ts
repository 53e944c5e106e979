/**
 * The library's one IndexedDB store (database `defence-learning`, object store `progress`, through
 * idb-keyval), wrapped so that nothing ever throws and nothing already saved is ever overwritten
 * by a fallback.
 *
 * How to use it (elements normally go through a `RecordStore`, see record-store.ts):
 * ```ts
 * const store = sharedSafeStore();              // one per page, opened lazily on first use
 * const value = await store.get('card/csdp/c1'); // never rejects: undefined when absent or unreadable
 * store.set('card/csdp/c1', value);              // fire-and-forget, never awaited on the UI path
 * store.subscribe(() => render(store.status));   // show one notice when status is not 'available'
 * store.onChange(({ prefix, remote }) => …);     // a write here or in another tab touched `prefix`
 * await store.flush();                           // tests: wait for pending writes
 * ```
 * - Every key of every element lives in the same object store, so each element uses its own key
 *   prefix (`attempt/…`, `card/…`) and nobody creates another object store in this database.
 * - The first failure of any kind (no `indexedDB`, a denied or failed or blocked open,
 *   `QuotaExceededError`, a failed transaction) marks the store unavailable for the page's life:
 *   from then on writes go to memory, and reads see memory over what IndexedDB still gives.
 * - Writes are serialised per key and coalesced: the last value written to a key is the one kept.
 * - The connection closes as soon as another document wants to upgrade or delete the database
 *   (`versionchange`), so this tab never blocks it; the next operation opens it again (creating
 *   the object store if the database was deleted), so a write made after that is not lost.
 * - `lock(prefix)` makes keys under a prefix memory-only for the session: used when a stored record
 *   cannot be read (corrupt, or written by a newer version), so it is never overwritten.
 */
import { promisifyRequest, type UseStore } from 'idb-keyval';

import { announcedWrites, CHANGE_CHANNEL, DATABASE_NAME, noteSharedDatabase } from './progress-presence.js';

export type UnavailableReason =
  /** The browser has no IndexedDB (some private modes, very old browsers). */
  | 'no-indexeddb'
  /** Touching IndexedDB threw (storage disabled, sandboxed iframe, third-party context). */
  | 'denied'
  /** The database failed to open. */
  | 'open-failed'
  /** The database did not open in time (blocked by another tab, or the browser never answered). */
  | 'blocked'
  /** The browser refused a write for lack of space. */
  | 'quota'
  | 'write-failed'
  | 'read-failed';

export type StoreStatus =
  | { state: 'available' }
  | { state: 'unavailable'; reason: UnavailableReason; detail: string }
  /** Kept in memory by choice (`persist="none"`): nothing to warn about. */
  | { state: 'memory-only' };

/** Some keys changed: `prefix` is a key or a key prefix; `remote` when another document wrote it. */
export interface StoreChange {
  prefix: string;
  remote: boolean;
}

export interface SafeStoreOptions {
  dbName?: string;
  storeName?: string;
  /** How long an operation may wait for the database to open before the store counts as blocked. */
  openTimeoutMs?: number;
  /** The BroadcastChannel that tells other documents about writes; null for none. */
  channelName?: string | null;
  /** Keep everything in memory, touching no storage (`persist="none"`). */
  memoryOnly?: boolean;
  /** An idb-keyval store function to use instead of opening `dbName` (tests inject faults here). */
  useStore?: UseStore;
}

export { DATABASE_NAME };
export const OBJECT_STORE_NAME = 'progress';

const DELETED = Symbol('deleted');
// eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents -- the union names the DELETED marker a slot may hold
type Slot = unknown | typeof DELETED;

type Outcome<T> = { ok: true; value: T } | { ok: false };

class OpenTimeout extends Error {
  override name = 'OpenTimeout';
}

const overlaps = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

/**
 * A record kept in step with the records under `prefix` (a quiz's summary of its attempts): called inside
 * every readwrite transaction that writes there, before its writes, so that it can read and put its own
 * record in the same transaction. `writes` are `[key, value]`, value undefined for a delete. It must not throw.
 */
export interface CompanionWrite {
  prefix: string;
  written(store: IDBObjectStore, writes: ReadonlyArray<readonly [string, unknown]>): void;
  /** Every key under `cleared` is being removed (a reset). */
  cleared(store: IDBObjectStore, cleared: string): void;
}

const companions: CompanionWrite[] = [];

/** Registers a companion record for every SafeStore of the page (see CompanionWrite). */
export function keepInStep(companion: CompanionWrite): void {
  companions.push(companion);
}

function companionsWrite(store: IDBObjectStore, writes: ReadonlyArray<readonly [string, unknown]>): void {
  for (const companion of companions) {
    const mine = writes.filter(([key]) => key.startsWith(companion.prefix));
    if (mine.length > 0) companion.written(store, mine);
  }
}

function companionsClear(store: IDBObjectStore, prefix: string): void {
  for (const companion of companions) if (overlaps(companion.prefix, prefix)) companion.cleared(store, prefix);
}

export class SafeStore {
  readonly dbName: string;
  /** The database `indexedDB.databases()` lists once this store holds something; undefined in memory or over an injected store. */
  readonly listedDatabase: string | undefined;
  private readonly storeName: string;
  private readonly openTimeoutMs: number;
  private readonly channelName: string | null;
  private useStore: UseStore | undefined;
  private currentStatus: StoreStatus;
  /** Whether reading IndexedDB still makes sense after a failure (it does after a refused write). */
  private readable: boolean;
  private opened = false;
  /** Values that live in memory only: written while unavailable or under a lock, or reset. */
  private readonly memory = new Map<string, Slot>();
  /** Prefixes whose stored records are hidden for the session (reset while storage was failing). */
  private readonly hidden = new Set<string>();
  private readonly locks = new Set<string>();
  private readonly queued = new Map<string, Slot>();
  private readonly inFlight = new Map<string, Promise<void>>();
  /** Conditional deletes asked for and not yet done: `flush()` waits for them too. */
  private readonly chores = new Set<Promise<unknown>>();
  private readonly statusListeners = new Set<(status: StoreStatus) => void>();
  private readonly changeListeners = new Set<(change: StoreChange) => void>();
  private channel: BroadcastChannel | null | undefined;
  /** Range reads under way, by prefix, that a caller may still share (see `entries`). */
  private readonly reading = new Map<string, Promise<Array<[string, unknown]>>>();

  constructor(options: SafeStoreOptions = {}) {
    this.dbName = options.dbName ?? DATABASE_NAME;
    this.listedDatabase = options.memoryOnly || options.useStore ? undefined : this.dbName;
    this.storeName = options.storeName ?? OBJECT_STORE_NAME;
    // Long enough for a first open on a slow, busy device; a blocked open is rare, and the quiz
    // shows "Loading" meanwhile.
    this.openTimeoutMs = options.openTimeoutMs ?? 5000;
    this.channelName = options.memoryOnly ? null : options.channelName === undefined ? CHANGE_CHANNEL : options.channelName;
    this.useStore = options.useStore;
    this.currentStatus = options.memoryOnly ? { state: 'memory-only' } : { state: 'available' };
    this.readable = !options.memoryOnly;
  }

  get status(): StoreStatus {
    return this.currentStatus;
  }

  /** Whether a write to `key` reaches IndexedDB (false when unavailable, memory-only or locked). */
  isPersisting(key: string): boolean {
    return this.currentStatus.state === 'available' && ![...this.locks].some((p) => key.startsWith(p));
  }

  /** Whether keys under `prefix` were locked because a stored record there could not be read. */
  isLocked(prefix: string): boolean {
    return [...this.locks].some((p) => overlaps(p, prefix));
  }

  /** Calls `listener` after every status or lock change; returns the unsubscribe function. */
  subscribe(listener: (status: StoreStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  /** Calls `listener` after each write here, and each write another document announces. */
  onChange(listener: (change: StoreChange) => void): () => void {
    this.changeListeners.add(listener);
    this.openChannel();
    return () => this.changeListeners.delete(listener);
  }

  /** Keys under `prefix` become memory-only for the session; what is stored there stays as it is. */
  lock(prefix: string): void {
    if (this.locks.has(prefix)) return;
    this.unshare(prefix);
    this.locks.add(prefix);
    this.notifyStatus();
  }

  async get(key: string): Promise<unknown> {
    await this.inFlight.get(key);
    if (this.memory.has(key)) return this.visible(this.memory.get(key));
    if (!this.readable || this.isHidden(key)) return undefined;
    const result = await this.run('readonly', (s) => promisifyRequest(s.get(key)));
    return result.ok ? result.value : this.visible(this.memory.get(key));
  }

  /**
   * Every `[key, value]` whose key starts with `prefix`, memory over storage, sorted by key. Calls for
   * one prefix while its read is under way, with no write to it in between, share that read (a quiz's
   * start screen and its attempt recorder read the same records at once): treat the result as read-only.
   */
  entries(prefix: string): Promise<ReadonlyArray<readonly [string, unknown]>> {
    const shared = this.reading.get(prefix);
    if (shared) return shared;
    const reading = this.readEntries(prefix);
    this.reading.set(prefix, reading);
    const done = () => {
      if (this.reading.get(prefix) === reading) this.reading.delete(prefix);
    };
    reading.then(done, done);
    return reading;
  }

  private async readEntries(prefix: string): Promise<Array<[string, unknown]>> {
    await this.settle((key) => key.startsWith(prefix));
    const found = new Map<string, unknown>();
    if (this.readable) {
      const result = await this.run('readonly', (s) => readRange(s, IDBKeyRange.bound(prefix, `${prefix}\uffff`)));
      if (result.ok) {
        const [keys, values] = result.value;
        keys.forEach((key, i) => {
          if (typeof key === 'string' && !this.isHidden(key)) found.set(key, values[i]);
        });
      }
    }
    for (const [key, slot] of this.memory) {
      if (!key.startsWith(prefix)) continue;
      if (slot === DELETED) found.delete(key);
      else found.set(key, slot);
    }
    return [...found].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }

  /** A write to `key` (or under `key`, a prefix) is coming or came: reads of it under way are not to be shared from now on. */
  private unshare(key: string): void {
    for (const prefix of [...this.reading.keys()]) if (overlaps(prefix, key)) this.reading.delete(prefix);
  }

  /**
   * Deletes `key` if what is stored there, read in the same transaction, passes `stale` (another tab
   * may have written it since this one read it), once the writes to `key` and to `after` (a record
   * that replaces it) have landed. Only stored records: resolves to whether it deleted. `flush()`
   * waits for it from the moment it is asked for.
   */
  deleteIf(key: string, stale: (stored: unknown) => boolean, after?: string): Promise<boolean> {
    return this.chore(this.deleteWhenSettled(key, stale, after));
  }

  private async deleteWhenSettled(key: string, stale: (stored: unknown) => boolean, after?: string): Promise<boolean> {
    await this.settle((k) => k === key || k === after);
    if (!this.isPersisting(key)) return false;
    const result = await this.run(
      'readwrite',
      (s) =>
        new Promise<boolean>((resolve, reject) => {
          let deleted = false;
          const request = s.get(key);
          request.onsuccess = () => {
            if (request.result !== undefined && stale(request.result)) {
              companionsWrite(s, [[key, undefined]]);
              s.delete(key);
              deleted = true;
            }
          };
          s.transaction.oncomplete = () => resolve(deleted);
          s.transaction.onerror = s.transaction.onabort = () => reject(s.transaction.error ?? new DOMException('The transaction was aborted.', 'AbortError'));
        }),
    );
    if (result.ok && result.value) this.announce(key, true);
    return result.ok && result.value;
  }

  /** The values of `keys` (undefined when absent or unreadable), read in one transaction; memory over storage. */
  async getMany(keys: readonly string[]): Promise<unknown[]> {
    const wanted = new Set(keys);
    await this.settle((key) => wanted.has(key));
    let stored: unknown[] = [];
    if (this.readable && keys.length > 0) {
      const result = await this.run('readonly', (s) => readKeys(s, keys));
      if (result.ok) stored = result.value;
    }
    return keys.map((key, i) => (this.memory.has(key) ? this.visible(this.memory.get(key)) : this.isHidden(key) ? undefined : stored[i]));
  }

  /**
   * Saves many values in one transaction (an import), resolving once they are stored or kept in
   * memory. Keys under a lock, or all of them when storage fails, go to memory as `set` would.
   */
  async setMany(entries: ReadonlyArray<readonly [string, unknown]>): Promise<void> {
    const keys = new Set(entries.map(([key]) => key));
    for (const key of keys) this.unshare(key);
    await this.settle((key) => keys.has(key));
    const persisting = entries.filter(([key]) => this.isPersisting(key));
    let stored = false;
    if (persisting.length > 0) {
      const result = await this.run('readwrite', (s) => {
        companionsWrite(s, persisting);
        for (const [key, value] of persisting) s.put(value, key);
        return promisifyRequest(s.transaction);
      });
      stored = result.ok;
    }
    for (const [key, value] of entries) {
      if (stored && this.isPersisting(key)) this.memory.delete(key);
      else this.memory.set(key, value);
    }
    for (const prefix of new Set(entries.map(([key]) => key.slice(0, key.lastIndexOf('/') + 1)))) this.announce(prefix, stored);
  }

  /** Saves `value` under `key` without making the caller wait; never throws. */
  set(key: string, value: unknown): void {
    this.enqueue(key, value);
  }

  delete(key: string): void {
    this.enqueue(key, DELETED);
  }

  /**
   * Removes every key under `prefix`, locked ones included (this is what "reset" means), and lifts
   * locks under it. Resolves to whether the stored records were removed (false: hidden for the
   * session only, because storage is failing).
   */
  async clear(prefix: string): Promise<boolean> {
    this.unshare(prefix);
    await this.settle((key) => key.startsWith(prefix));
    for (const key of [...this.memory.keys()]) if (key.startsWith(prefix)) this.memory.delete(key);
    const lifted = [...this.locks].filter((lock) => lock.startsWith(prefix));
    for (const lock of lifted) this.locks.delete(lock);
    let removed = false;
    if (this.currentStatus.state === 'available') {
      const result = await this.run('readwrite', (s) => {
        companionsClear(s, prefix);
        s.delete(IDBKeyRange.bound(prefix, `${prefix}\uffff`));
        return promisifyRequest(s.transaction);
      });
      removed = result.ok;
    }
    if (!removed && this.currentStatus.state !== 'memory-only') this.hidden.add(prefix);
    if (lifted.length > 0) this.notifyStatus();
    this.announce(prefix, removed);
    return removed || this.currentStatus.state === 'memory-only';
  }

  /**
   * A companion record (see CompanionWrite) at `key` and how many records are under `prefix`, read in one
   * transaction once the writes there have landed; undefined when storage does not answer.
   */
  async companionOf(key: string, prefix: string): Promise<{ value: unknown; count: number } | undefined> {
    await this.settle((k) => k === key || k.startsWith(prefix));
    if (!this.readable) return undefined;
    const result = await this.run('readonly', (s) =>
      Promise.all([promisifyRequest(s.get(key)), promisifyRequest(s.count(IDBKeyRange.bound(prefix, `${prefix}\uffff`)))]),
    );
    return result.ok ? { value: result.value[0], count: result.value[1] } : undefined;
  }

  /**
   * Puts a rebuilt companion record at `key`, in the background (`flush()` waits for it), if, read in the same
   * transaction, what is at `key` now and how many records are under `prefix` pass `unchanged`: a write made
   * since the records were read is never overwritten by a summary of what was there before.
   */
  putCompanionIf(key: string, prefix: string, unchanged: (current: unknown, count: number) => boolean, value: unknown): void {
    const task = (async () => {
      await this.settle((k) => k === key || k.startsWith(prefix));
      await this.putDerived(
        (s) => Promise.all([promisifyRequest(s.get(key)), promisifyRequest(s.count(IDBKeyRange.bound(prefix, `${prefix}\uffff`)))]),
        ([current, count]) => (unchanged(current, count) ? [[key, value]] : []),
      );
    })();
    void this.chore(task);
  }

  /**
   * Reads `keys` and puts what `decide` makes of them, in one readwrite transaction, in the background (`flush()`
   * waits for it): a derived record (a deck's summary) stored only if what it was derived from is still there.
   * Stored records only, no companion called, nothing announced.
   */
  putAfterReading(keys: readonly string[], decide: (values: unknown[]) => ReadonlyArray<readonly [string, unknown]>): void {
    void this.chore(this.putDerived((s) => Promise.all(keys.map((key) => promisifyRequest(s.get(key)))), decide));
  }

  /**
   * A derived record (a summary of other records): `read` what it is made of and put what `decide` makes of that, in
   * one readwrite transaction. A put refused (no space left) costs the derived record alone, never the store's
   * availability: the records it summarises are stored already, and the next open reads them instead.
   */
  private async putDerived<T>(read: (s: IDBObjectStore) => Promise<T>, decide: (read: T) => ReadonlyArray<readonly [string, unknown]>): Promise<void> {
    if (this.currentStatus.state !== 'available') return;
    await this.run(
      'readwrite',
      (s) =>
        new Promise<void>((resolve) => {
          read(s)
            .then((values) => {
              for (const [key, value] of decide(values)) s.put(value, key);
            })
            .catch(() => {
              try {
                s.transaction.abort();
              } catch {
                // Finished already: nothing was put.
              }
            });
          s.transaction.oncomplete = s.transaction.onabort = () => resolve();
        }),
    );
  }

  /** Background work `flush()` waits for, from now until it settles. */
  private chore<T>(task: Promise<T>): Promise<T> {
    this.chores.add(task);
    const done = () => this.chores.delete(task);
    task.then(done, done);
    return task;
  }

  /** Resolves when every write made so far has reached storage or memory. */
  async flush(): Promise<void> {
    await announcedWrites();
    while (this.inFlight.size > 0 || this.chores.size > 0) {
      await this.settle(() => true);
      await Promise.allSettled(this.chores);
    }
  }

  private async settle(matches: (key: string) => boolean): Promise<void> {
    for (;;) {
      const pending = [...this.inFlight].filter(([key]) => matches(key)).map(([, p]) => p);
      if (pending.length === 0) return;
      await Promise.all(pending);
    }
  }

  private visible(slot: Slot): unknown {
    return slot === DELETED ? undefined : slot;
  }

  private isHidden(key: string): boolean {
    return [...this.hidden].some((p) => key.startsWith(p));
  }

  private enqueue(key: string, slot: Slot): void {
    this.unshare(key);
    this.queued.set(key, slot);
    if (!this.inFlight.has(key)) this.inFlight.set(key, this.drain(key));
  }

  /** Writes the latest queued value of `key` until none is left: serialised, and the last one wins. */
  private async drain(key: string): Promise<void> {
    // Let the caller's synchronous code (and further writes to this key) run first.
    await Promise.resolve();
    while (this.queued.has(key)) {
      const slot = this.queued.get(key);
      this.queued.delete(key);
      if (!this.isPersisting(key)) {
        this.memory.set(key, slot);
        this.announceLocal(key);
        continue;
      }
      const result = await this.run('readwrite', (s) => {
        companionsWrite(s, [[key, slot === DELETED ? undefined : slot]]);
        if (slot === DELETED) s.delete(key);
        else s.put(slot, key);
        return promisifyRequest(s.transaction);
      });
      if (result.ok) {
        this.memory.delete(key);
        this.announce(key, true);
      } else {
        this.memory.set(key, slot);
        this.announceLocal(key);
      }
    }
    this.inFlight.delete(key);
  }

  /** One IndexedDB operation, with every way it can fail turned into `{ ok: false }`. */
  private run<T>(mode: IDBTransactionMode, operation: (store: IDBObjectStore) => T | PromiseLike<T>): Promise<Outcome<T>> {
    if (this.currentStatus.state !== 'available' && !(mode === 'readonly' && this.readable)) {
      return Promise.resolve({ ok: false });
    }
    let pending: Promise<T>;
    // The open timeout covers the open only: a first operation that is long (10,000 reads) is not a blocked database.
    let onOpen = () => {};
    const inOpenDatabase = (store: IDBObjectStore) => {
      onOpen();
      return operation(store);
    };
    try {
      if (!this.useStore) {
        // Missing in some private modes and in Node, whatever the DOM types say.
        if ((globalThis as { indexedDB?: IDBFactory | null }).indexedDB == null) {
          this.fail('no-indexeddb', 'window.indexedDB is missing');
          return Promise.resolve({ ok: false });
        }
        this.useStore = closingStore(this.dbName, this.storeName);
      }
      pending = this.useStore(mode, inOpenDatabase);
    } catch (error) {
      // The indexedDB getter or idb-keyval threw before any promise existed.
      this.fail(this.opened ? (mode === 'readwrite' ? 'write-failed' : 'read-failed') : 'denied', error);
      return Promise.resolve({ ok: false });
    }
    const settled = this.opened ? pending : this.withOpenTimeout(pending, (opened) => (onOpen = opened));
    return settled.then(
      (value) => {
        this.opened = true;
        return { ok: true, value };
      },
      (error: unknown) => {
        this.fail(this.classify(error, mode), error);
        return { ok: false };
      },
    );
  }

  private withOpenTimeout<T>(pending: Promise<T>, whenOpen: (opened: () => void) => void): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new OpenTimeout(`the database did not open within ${this.openTimeoutMs} ms`)), this.openTimeoutMs);
      whenOpen(() => clearTimeout(timer));
      pending.then(
        (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        (error: unknown) => {
          clearTimeout(timer);
          // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the operation's own rejection, passed on as it is
          reject(error);
        },
      );
    });
  }

  private classify(error: unknown, mode: IDBTransactionMode): UnavailableReason {
    const name = (error as { name?: unknown } | null)?.name;
    if (name === 'QuotaExceededError') return 'quota';
    if (error instanceof OpenTimeout) return 'blocked';
    if (!this.opened) return name === 'SecurityError' ? 'denied' : 'open-failed';
    return mode === 'readwrite' ? 'write-failed' : 'read-failed';
  }

  private fail(reason: UnavailableReason, error: unknown): void {
    // A refused write leaves what is stored readable; a database that never opened does not.
    if (!(this.opened && (reason === 'quota' || reason === 'write-failed'))) this.readable = false;
    if (this.currentStatus.state !== 'available') return;
    const detail = error instanceof Error || error instanceof DOMException ? `${error.name}: ${error.message}` : String(error);
    this.currentStatus = { state: 'unavailable', reason, detail };
    this.notifyStatus();
  }

  private notifyStatus(): void {
    for (const listener of [...this.statusListeners]) {
      try {
        listener(this.currentStatus);
      } catch (error) {
        reportLater(error);
      }
    }
  }

  private announceLocal(prefix: string): void {
    this.emit({ prefix, remote: false });
  }

  /** Tells listeners here, and (when it reached storage) the other documents, that `prefix` changed. */
  private announce(prefix: string, stored: boolean): void {
    this.emit({ prefix, remote: false });
    if (!stored) return;
    const channel = this.openChannel();
    try {
      channel?.postMessage({ db: this.dbName, prefix });
    } catch {
      // A closed or unusable channel only costs other tabs a refresh.
    }
  }

  private emit(change: StoreChange): void {
    this.unshare(change.prefix);
    for (const listener of [...this.changeListeners]) {
      try {
        listener(change);
      } catch (error) {
        reportLater(error);
      }
    }
  }

  private openChannel(): BroadcastChannel | null {
    if (this.channel !== undefined) return this.channel;
    this.channel = null;
    if (!this.channelName || typeof BroadcastChannel !== 'function') return null;
    try {
      this.channel = new BroadcastChannel(this.channelName);
      this.channel.onmessage = (event: MessageEvent) => {
        const data = event.data as { db?: unknown; prefix?: unknown } | null;
        if (data?.db === this.dbName && typeof data.prefix === 'string') this.emit({ prefix: data.prefix, remote: true });
      };
    } catch {
      this.channel = null;
    }
    return this.channel;
  }

  /** Stops listening to other documents (tests, or a page tearing the library down). */
  close(): void {
    this.channel?.close();
    this.channel = null;
    this.changeListeners.clear();
    this.statusListeners.clear();
  }
}

/** A listener's bug must not break storage (nor the other listeners), nor vanish silently. */
function reportLater(error: unknown): void {
  console.error(error);
}

/** Whether a change to `changed` (a key or prefix) concerns keys under `prefix`. */
export function touches(change: StoreChange, prefix: string): boolean {
  return overlaps(change.prefix, prefix);
}

/** `getAllRecords` (Chromium 141+): keys and values of a range in one request. */
type WithGetAllRecords = IDBObjectStore & {
  getAllRecords?: (options: { query: IDBKeyRange }) => IDBRequest<Array<{ primaryKey: IDBValidKey; value: unknown }>>;
};

/** The keys and values of a range, in key order: one request where the browser has one for both, else two. */
function readRange(store: IDBObjectStore, range: IDBKeyRange): Promise<[IDBValidKey[], unknown[]]> {
  const getAllRecords = (store as WithGetAllRecords).getAllRecords;
  if (typeof getAllRecords === 'function') {
    return promisifyRequest(getAllRecords.call(store, { query: range })).then((records) => [records.map((r) => r.primaryKey), records.map((r) => r.value)]);
  }
  return Promise.all([promisifyRequest(store.getAllKeys(range)), promisifyRequest(store.getAll(range))]);
}

/** Above this many keys, one range read costs less than a read per key (10,000 cards: 1.1 s against 2.9 s). */
const RANGE_READ_MIN_KEYS = 64;

/**
 * The stored values of `keys`, in their order. Many keys are read as the one range from the lowest to
 * the highest (a deck's cards), unless that range holds many more records than asked for (counting
 * them is cheap: no value is read).
 */
function readKeys(store: IDBObjectStore, keys: readonly string[]): Promise<unknown[]> {
  const oneByOne = () => Promise.all(keys.map((key) => promisifyRequest(store.get(key))));
  const [first] = keys;
  if (keys.length < RANGE_READ_MIN_KEYS || first === undefined) return oneByOne();
  let low = first;
  let high = first;
  for (const key of keys) {
    if (key < low) low = key;
    if (key > high) high = key;
  }
  const range = IDBKeyRange.bound(low, high);
  return promisifyRequest(store.count(range)).then((count) => {
    if (count > keys.length * 4) return oneByOne();
    return readRange(store, range).then(([found, values]) => {
      const byKey = new Map<IDBValidKey, unknown>();
      found.forEach((key, i) => byKey.set(key, values[i]));
      return keys.map((key) => byKey.get(key));
    });
  });
}

/**
 * An idb-keyval store function whose connection closes on `versionchange` (idb-keyval's never does,
 * which blocks another tab's upgrade or a page's `deleteDatabase` until this tab closes) and is
 * opened again by the next operation. A database deleted meanwhile is recreated with its store.
 */
export function closingStore(dbName: string, storeName: string): UseStore {
  let connection: Promise<IDBDatabase> | undefined;
  const open = (version?: number): Promise<IDBDatabase> => {
    const request = version === undefined ? indexedDB.open(dbName) : indexedDB.open(dbName, version);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(storeName)) request.result.createObjectStore(storeName);
    };
    return promisifyRequest(request).then((db) => {
      // Someone else created the database without our store: add it in an upgrade of our own.
      if (!db.objectStoreNames.contains(storeName)) {
        db.close();
        return open(db.version + 1);
      }
      return db;
    });
  };
  const connect = (): Promise<IDBDatabase> => {
    const opening = open().then((db) => {
      db.onversionchange = () => {
        db.close();
        if (connection === opening) connection = undefined;
      };
      // The browser closed it (storage cleared, disk error): open again next time.
      db.onclose = () => {
        if (connection === opening) connection = undefined;
      };
      return db;
    });
    opening.catch(() => {
      if (connection === opening) connection = undefined;
    });
    connection = opening;
    return opening;
  };
  return async (mode, callback) => {
    let db = await (connection ?? connect());
    let transaction: IDBTransaction;
    try {
      transaction = db.transaction(storeName, mode);
    } catch (error) {
      // Closed between the lookup and now (a versionchange): once more on a fresh connection.
      if ((error as { name?: unknown } | null)?.name !== 'InvalidStateError') throw error;
      if (connection) connection = undefined;
      db = await connect();
      transaction = db.transaction(storeName, mode);
    }
    return callback(transaction.objectStore(storeName));
  };
}

let shared: SafeStore | undefined;

/** The page's store: the library's IndexedDB database, opened lazily on first use. */
export function sharedSafeStore(): SafeStore {
  shared ??= new SafeStore();
  return shared;
}

/** Points every element of the page at another store (a test database, or a fault to inject). */
export function useSharedSafeStore(store: SafeStore): void {
  shared = store;
  noteSharedDatabase(store.listedDatabase);
}
