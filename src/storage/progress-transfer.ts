/**
 * Moving progress between devices, and wiping it: a versioned JSON document of every record of the
 * registered kinds (quiz attempts, card states…), an import that checks the whole file before it
 * changes anything, and a reset.
 */
import type { ValidationIssue } from '../schema/validation-issues.js';
import type { CheckedRecord } from './progress-document.js';
import { decodeRecord, loadRecordSchemas, RecordStore, registeredRecordFormats, supersedes } from './record-store.js';
import { type SafeStore, sharedSafeStore } from './safe-store.js';

export const PROGRESS_DOCUMENT_FORMAT = 'defence-learning-progress';
export const PROGRESS_DOCUMENT_VERSION = 1;

export interface ProgressDocument {
  format: typeof PROGRESS_DOCUMENT_FORMAT;
  version: typeof PROGRESS_DOCUMENT_VERSION;
  /** ISO 8601. */
  exportedAt: string;
  /** Each record with its kind (`attempt`, `card`…), in the kind's current version. */
  records: Array<{ kind: string; value: unknown }>;
}

export interface TransferOptions {
  store?: SafeStore;
  /** Only keys starting with this full key (`attempt/<quiz>/`); everything when absent. */
  prefix?: string;
}

export function emptyProgressDocument(): ProgressDocument {
  return { format: PROGRESS_DOCUMENT_FORMAT, version: PROGRESS_DOCUMENT_VERSION, exportedAt: new Date().toISOString(), records: [] };
}

/**
 * Every readable record (under `prefix`), migrated to its current version. Records that cannot be
 * read are left out: they stay where they are.
 */
export async function exportProgress(options: TransferOptions = {}): Promise<ProgressDocument> {
  const store = options.store ?? sharedSafeStore();
  const records: ProgressDocument['records'] = [];
  for (const format of registeredRecordFormats()) {
    const kindPrefix = `${format.kind}/`;
    const prefix = options.prefix ?? kindPrefix;
    if (!prefix.startsWith(kindPrefix) && !kindPrefix.startsWith(prefix)) continue;
    const scope = prefix.length > kindPrefix.length ? prefix.slice(kindPrefix.length) : '';
    const { records: found } = await new RecordStore(format, store).readAll(scope);
    for (const { value } of found) records.push({ kind: format.kind, value });
  }
  return { ...emptyProgressDocument(), records };
}

export type ImportResult =
  | {
      ok: true;
      /** Records that were not here. */
      added: number;
      /** Records replaced by a newer copy from the file. */
      updated: number;
      /** Records already here in the same or a newer state. */
      unchanged: number;
      /** Records here that cannot be read, kept as they are rather than replaced. */
      kept: number;
      /** Whether the merge reached storage (false: it lives in memory for this page only). */
      saved: boolean;
    }
  | { ok: false; issues: ValidationIssue[] };

/**
 * Merges a progress document into the store: a record not here is added, one here is replaced only
 * by a newer copy, one here that cannot be read is kept. A file with any problem changes nothing.
 */
export async function importProgress(input: unknown, options: { store?: SafeStore } = {}): Promise<ImportResult> {
  const store = options.store ?? sharedSafeStore();
  // A file is checked by the schemas, loaded now: a page that never imports one never loads them.
  const [{ checkProgressDocument }] = await Promise.all([import('./progress-document.js'), ...registeredRecordFormats().map(loadRecordSchemas)]);
  const checked = checkProgressDocument(input);
  if (!checked.ok) return checked;
  // The copy of each key in the file that wins (finished over in progress, then the newest).
  const incoming = new Map<string, CheckedRecord>();
  for (const record of checked.value) {
    const seen = incoming.get(record.key);
    if (!seen || supersedes(record.format, record.value, seen.value)) incoming.set(record.key, record);
  }
  const result = { ok: true as const, added: 0, updated: 0, unchanged: 0, kept: 0, saved: true };
  // One read and one write for the whole file, whatever its size (kinds share the store).
  const files = [...incoming.values()];
  const locals = await store.getMany(files.map((r) => r.key));
  const writes: Array<[string, unknown]> = [];
  files.forEach(({ format, key, value }, i) => {
    const raw = locals[i];
    const local = raw === undefined ? undefined : decodeRecord(format, raw);
    if (local?.state === 'unreadable') {
      store.lock(key);
      result.kept += 1;
      return;
    }
    if (local?.state === 'found' && !supersedes(format, value, local.value)) {
      result.unchanged += 1;
      return;
    }
    // `value` is what the schema gave back when the file was checked: checking it again would only double the time.
    if (!store.isPersisting(key)) result.saved = false;
    writes.push([key, value]);
    result[local ? 'updated' : 'added'] += 1;
  });
  await store.setMany(writes);
  await store.flush();
  if (store.status.state !== 'available') result.saved = false;
  return result;
}

/** Deletes every record under `prefix` (everything of every kind when absent). */
export async function resetProgress(prefix?: string, options: { store?: SafeStore } = {}): Promise<boolean> {
  const store = options.store ?? sharedSafeStore();
  if (prefix !== undefined) return store.clear(prefix);
  const results = await Promise.all(registeredRecordFormats().map((format) => store.clear(`${format.kind}/`)));
  return results.every(Boolean);
}
