/**
 * Versioned, validated records over the page's SafeStore: the layer every element stores its
 * learner data through (quiz attempts here, card states in `<fact-card>`).
 *
 * How to use it:
 * ```ts
 * const cardStateFormat = defineRecordFormat({
 *   kind: 'card',                        // keys are 'card/<keyOf(value)>'; also names the kind in export files
 *   version: 1,
 *   schema: z.object({ v: z.literal(1), deck: z.string(), cardId: z.string(), due: z.number(), updatedAt: z.number() }),
 *   migrations: {},                      // later: { 1: { schema: v1Schema, up: (v1) => ({ ...v1, v: 2, … }) } }
 *   keyOf: (s) => `${encodeKeyPart(s.deck)}/${encodeKeyPart(s.cardId)}`,
 *   updatedAt: (s) => s.updatedAt,       // import keeps the newer of two copies
 * });
 * const cards = new RecordStore(cardStateFormat);  // on sharedSafeStore() unless another is given
 * const { records, unreadable } = await cards.readAll(`${encodeKeyPart('csdp')}/`);
 * cards.write(state);                              // fire-and-forget; never throws
 * if (!cards.isPersisting(`${encodeKeyPart('csdp')}/`)) showNotice();  // and cards.store.subscribe(...)
 * ```
 * A record that fails its schema, or whose version is newer than the code knows, is reported as
 * `unreadable` and its key (or the scope read) is locked: it stays in storage untouched, and writes
 * there go to memory for the session. A record of an older version is migrated on read (step by
 * step, each step validated); it is rewritten in the current version only when the code next saves it.
 */
import type { fromZodIssues, ValidationIssue } from '../schema/validation-issues.js';
import type { z } from '../schema/zod.js';
import { type SafeStore, sharedSafeStore, type StoreChange, touches } from './safe-store.js';

export interface Migration {
  /** The schema of the version migrated from. */
  schema: z.ZodMiniType;
  /** Turns a valid record of that version into one of the next version. */
  up: (old: never) => unknown;
}

/** A format's zod schemas: what says why a record is refused, and how an older record is migrated. */
export interface RecordSchemas<T extends { v: number }> {
  /** Validates a record of the current version. */
  schema: z.ZodMiniType<T>;
  /** `migrations[n]` migrates a version-n record to version n + 1. */
  migrations?: Readonly<Record<number, Migration>>;
}

/**
 * A format gives its schemas at once (`schema`, `migrations`) or, to keep zod off a page until a record
 * needs it, as `loadSchemas` with `quickRead`: reads and writes of valid records of the current version
 * then need no schema. (With `loadSchemas` and no `quickRead`, a write before the schemas are loaded, by a
 * read or `loadRecordSchemas`, is refused.)
 */
export interface RecordFormat<T extends { v: number }> extends Partial<RecordSchemas<T>> {
  /** Key prefix and the record's name in export files: letters, digits and `-` only. */
  kind: string;
  /** The current version, written as `v` in every record. */
  version: number;
  /** Loads the schemas when `schema` is not given: on the first record `quickRead` declines. */
  loadSchemas?: () => Promise<RecordSchemas<T>>;
  /** The record's key under `<kind>/`, derived from its content so no import can misplace it. */
  keyOf: (value: T) => string;
  /** When the record last changed (ms since epoch): an import keeps the newer of two copies. */
  updatedAt: (value: T) => number;
  /** Whether the record is final (a finished attempt): it wins over an unsettled copy of itself, whatever their dates. */
  settled?: (value: T) => boolean;
  /**
   * The schema of the current version written out: the record as the schema would give it back, for
   * exactly the records the schema accepts, or undefined (then the schema decides, and says why).
   * Fast (zod without its compiler, which a strict CSP forbids, costs 15–90 µs a record: 10,000 cards
   * on open) and free of zod. Optional: a format read a few at a time, never before content is shown, needs none.
   */
  quickRead?: (raw: object) => T | undefined;
}

const loadedSchemas = new WeakMap<object, unknown>();

/** How zod's issues are worded (validation-issues.ts), loaded with the first schemas: only a record refused needs it. */
let wording: typeof fromZodIssues | undefined;

/** The format's schemas if they are at hand (given, or loaded before). */
function schemasAtHand<T extends { v: number }>(format: RecordFormat<T>): RecordSchemas<T> | undefined {
  if (format.schema) return { schema: format.schema, ...(format.migrations ? { migrations: format.migrations } : {}) };
  return loadedSchemas.get(format) as RecordSchemas<T> | undefined;
}

/** Makes the format's schemas (and their wording) at hand, so that `decodeRecord` can check any record of it. */
export async function loadRecordSchemas<T extends { v: number }>(format: RecordFormat<T>): Promise<void> {
  const [schemas, { fromZodIssues }] = await Promise.all([schemasAtHand(format) ?? format.loadSchemas?.(), import('../schema/validation-issues.js')]);
  wording = fromZodIssues;
  if (schemas && !format.schema) loadedSchemas.set(format, schemas);
}

/** A current-version record that `quickRead` accepts, as it gives it back. */
function quickRead<T extends { v: number }>(format: RecordFormat<T>, raw: unknown): T | undefined {
  if (typeof raw !== 'object' || raw === null || (raw as { v?: unknown }).v !== format.version) return undefined;
  return format.quickRead?.(raw);
}

/** Whether `candidate` should replace `current`, two copies of one record: a settled copy first, then the newer one. */
export function supersedes<T extends { v: number }>(format: RecordFormat<T>, candidate: T, current: T): boolean {
  const settled = (value: T) => format.settled?.(value) ?? false;
  if (settled(candidate) !== settled(current)) return settled(candidate);
  return format.updatedAt(candidate) > format.updatedAt(current);
}

export type UnreadableReason = 'corrupt' | 'newer-version';

export type DecodedRecord<T> =
  { state: 'found'; value: T; migratedFrom?: number } | { state: 'unreadable'; reason: UnreadableReason; issues: ValidationIssue[] };

export type RecordRead<T> = { key: string } & (DecodedRecord<T> | { state: 'missing' });

export interface UnreadableRecord {
  key: string;
  reason: UnreadableReason;
  issues: ValidationIssue[];
}

const formats = new Map<string, RecordFormat<{ v: number }>>();

/** Declares a record format and registers it, so that export and import know its kind. */
export function defineRecordFormat<T extends { v: number }>(format: RecordFormat<T>): RecordFormat<T> {
  if (!/^[a-z0-9-]+$/.test(format.kind)) throw new Error(`record kind "${format.kind}" must use only a-z, 0-9 and "-"`);
  formats.set(format.kind, format as unknown as RecordFormat<{ v: number }>);
  return format;
}

/** The registered format of a kind, if any. */
export function recordFormat(kind: string): RecordFormat<{ v: number }> | undefined {
  return formats.get(kind);
}

export function registeredRecordFormats(): Array<RecordFormat<{ v: number }>> {
  return [...formats.values()];
}

/** Makes text safe as one segment of a key: no `/`, so prefixes never run into each other. */
export function encodeKeyPart(part: string): string {
  return encodeURIComponent(part);
}

/**
 * Checks and, if old, migrates a raw stored value. Pure: data in, data out. Extra issue paths are
 * relative to the record. A record `quickRead` declines needs the schemas: `loadRecordSchemas` first
 * (the RecordStore does); without them it is unreadable.
 */
export function decodeRecord<T extends { v: number }>(format: RecordFormat<T>, raw: unknown): DecodedRecord<T> {
  const decoded = decodeAtHand(format, raw);
  return decoded === NEEDS_SCHEMAS ? unreadable('(root)', `could not be read: the schemas of "${format.kind}" records are not loaded`) : decoded;
}

/** What `decodeAtHand` gives for a record only the schemas can decide, when they are not at hand. */
const NEEDS_SCHEMAS = Symbol('needs schemas');

function decodeAtHand<T extends { v: number }>(format: RecordFormat<T>, raw: unknown): DecodedRecord<T> | typeof NEEDS_SCHEMAS {
  // Whatever is stored, reading it never throws: a record that trips the code is one more unreadable record.
  try {
    return decodeOrThrow(format, raw);
  } catch (error) {
    return unreadable('(root)', `could not be read: ${String(error)}`);
  }
}

function unreadable(path: string, message: string): DecodedRecord<never> {
  return { state: 'unreadable', reason: 'corrupt', issues: [{ path, message }] };
}

function decodeOrThrow<T extends { v: number }>(format: RecordFormat<T>, raw: unknown): DecodedRecord<T> | typeof NEEDS_SCHEMAS {
  const version = (raw as { v?: unknown } | null)?.v;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || typeof version !== 'number' || !Number.isInteger(version)) {
    return unreadable('v', 'is missing: not a record of this library');
  }
  if (version > format.version) {
    return {
      state: 'unreadable',
      reason: 'newer-version',
      issues: [{ path: 'v', message: `is ${version}: written by a newer version of this library, which reads up to ${format.version}` }],
    };
  }
  const quick = quickRead(format, raw);
  if (quick) return { state: 'found', value: quick };
  const schemas = schemasAtHand(format);
  const issues = wording;
  if (!schemas || !issues) return NEEDS_SCHEMAS;
  let value: unknown = raw;
  for (let from = version; from < format.version; from++) {
    const migration = schemas.migrations?.[from];
    if (!migration) return unreadable('v', `is ${from}, a version this library cannot migrate`);
    const old = migration.schema.safeParse(value);
    if (!old.success) return { state: 'unreadable', reason: 'corrupt', issues: issues(old.error.issues, value) };
    try {
      value = migration.up(old.data as never);
    } catch (error) {
      return unreadable('(root)', `could not be migrated from version ${from}: ${String(error)}`);
    }
  }
  const current = schemas.schema.safeParse(value);
  if (!current.success) return { state: 'unreadable', reason: 'corrupt', issues: issues(current.error.issues, value) };
  return version < format.version ? { state: 'found', value: current.data, migratedFrom: version } : { state: 'found', value: current.data };
}

interface AllRecords<T> {
  records: Array<{ key: string; value: T; migratedFrom?: number }>;
  unreadable: UnreadableRecord[];
}

/** What `readAll` made of one shared range read, by record kind. */
const decodedReads = new WeakMap<object, Map<string, Promise<AllRecords<unknown>>>>();

/** Records of one format in a SafeStore; nothing here throws. */
export class RecordStore<T extends { v: number }> {
  constructor(
    readonly format: RecordFormat<T>,
    readonly store: SafeStore = sharedSafeStore(),
  ) {}

  /** The full storage key of a key under this kind (`<kind>/<key>`). */
  fullKey(key: string): string {
    return `${this.format.kind}/${key}`;
  }

  keyOf(value: T): string {
    return this.format.keyOf(value);
  }

  /** The records under these keys (relative to the kind, as `read` takes them), read in one transaction. */
  async readMany(keys: readonly string[]): Promise<Array<RecordRead<T>>> {
    const decoded = await this.decodeEach(await this.store.getMany(keys.map((key) => this.fullKey(key))));
    return keys.map((key, i) => {
      const record = decoded[i];
      if (record === undefined) return { key, state: 'missing' as const };
      if (record.state === 'unreadable') this.store.lock(this.fullKey(key));
      return { key, ...record };
    });
  }

  async read(key: string): Promise<RecordRead<T>> {
    const [read] = await this.readMany([key]);
    return read ?? { key, state: 'missing' };
  }

  /**
   * Every record whose key starts with `scope`. When any is unreadable, the whole scope is locked
   * for the session: what is saved there is left as it is, and later writes stay in memory.
   */
  async readAll(scope = ''): Promise<{ records: Array<{ key: string; value: T; migratedFrom?: number }>; unreadable: UnreadableRecord[] }> {
    const prefix = this.fullKey(scope);
    const entries = await this.store.entries(prefix);
    // Callers sharing one read (see SafeStore.entries) share its checking too: each record is validated once.
    let decodedByKind = decodedReads.get(entries);
    if (!decodedByKind) decodedReads.set(entries, (decodedByKind = new Map<string, Promise<AllRecords<unknown>>>()));
    let reading = decodedByKind.get(this.format.kind) as Promise<AllRecords<T>> | undefined;
    if (!reading) {
      reading = this.decodeAll(entries);
      decodedByKind.set(this.format.kind, reading);
    }
    const read = await reading;
    if (read.unreadable.length > 0) this.store.lock(prefix);
    return { records: [...read.records], unreadable: [...read.unreadable] };
  }

  private async decodeAll(entries: ReadonlyArray<readonly [string, unknown]>): Promise<AllRecords<T>> {
    const records: AllRecords<T>['records'] = [];
    const unreadable: UnreadableRecord[] = [];
    const decoded = await this.decodeEach(entries.map(([, raw]) => raw));
    entries.forEach(([fullKey], i) => {
      const key = fullKey.slice(this.format.kind.length + 1);
      const record = decoded[i];
      if (!record) return;
      if (record.state === 'found') records.push({ key, value: record.value, ...(record.migratedFrom ? { migratedFrom: record.migratedFrom } : {}) });
      else unreadable.push({ key, reason: record.reason, issues: record.issues });
    });
    return { records, unreadable };
  }

  /** Decodes stored values (undefined: none stored), loading the schemas only if a record needs them. */
  private async decodeEach(raws: readonly unknown[]): Promise<Array<DecodedRecord<T> | undefined>> {
    const decoded = raws.map((raw) => (raw === undefined ? undefined : decodeAtHand(this.format, raw)));
    if (!decoded.includes(NEEDS_SCHEMAS)) return decoded as Array<DecodedRecord<T> | undefined>;
    await loadRecordSchemas(this.format);
    return decoded.map((record, i) => (record === NEEDS_SCHEMAS ? decodeRecord(this.format, raws[i]) : record));
  }

  /**
   * Saves a record under its own key, without waiting. A record that fails its own schema is a bug
   * in the caller: it is reported on the console and not written, so no corrupt record is made.
   */
  write(value: T): boolean {
    const quick = quickRead(this.format, value);
    const checked = quick ? { success: true as const, data: quick } : schemasAtHand(this.format)?.schema.safeParse(value);
    if (!checked?.success) {
      void this.reportRefused(value);
      return false;
    }
    this.store.set(this.fullKey(this.format.keyOf(checked.data)), checked.data);
    return true;
  }

  private async reportRefused(value: T): Promise<void> {
    await loadRecordSchemas(this.format);
    const checked = schemasAtHand(this.format)?.schema.safeParse(value);
    console.error(`defence-learning: refused to save an invalid "${this.format.kind}" record`, checked?.error ? wording?.(checked.error.issues, value) : value);
  }

  remove(key: string): void {
    this.store.delete(this.fullKey(key));
  }

  /** Removes every record under `scope` (a reset); resolves to whether storage was really changed. */
  clear(scope = ''): Promise<boolean> {
    return this.store.clear(this.fullKey(scope));
  }

  /** Whether writes under `scope` reach storage (not when storage failed or the scope is locked). */
  isPersisting(scope = ''): boolean {
    return this.store.isPersisting(this.fullKey(scope)) && !this.store.isLocked(this.fullKey(scope));
  }

  /** Calls `listener` when records under `scope` change, here or in another document. */
  onChange(scope: string, listener: (change: StoreChange) => void): () => void {
    const prefix = this.fullKey(scope);
    return this.store.onChange((change) => {
      if (touches(change, prefix)) listener(change);
    });
  }
}
