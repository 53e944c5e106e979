/**
 * Moving progress between devices, and wiping it: a versioned JSON document of every record of the
 * registered kinds (quiz attempts, card states…), an import that checks the whole file before it
 * changes anything, and a reset.
 */
import type { ValidationIssue } from '../schema/validation-issues.js';
import { loadRecordSchemas, RecordStore, registeredRecordFormats } from './record-store.js';
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
  // The check and the merge are loaded with the schemas that check the file: a page that never imports one loads neither.
  const [{ mergeProgressDocument }] = await Promise.all([import('./progress-document.js'), ...registeredRecordFormats().map(loadRecordSchemas)]);
  return mergeProgressDocument(input, options.store ?? sharedSafeStore());
}

/** Deletes every record under `prefix` (everything of every kind when absent). */
export async function resetProgress(prefix?: string, options: { store?: SafeStore } = {}): Promise<boolean> {
  const store = options.store ?? sharedSafeStore();
  if (prefix !== undefined) return store.clear(prefix);
  const results = await Promise.all(registeredRecordFormats().map((format) => store.clear(`${format.kind}/`)));
  return results.every(Boolean);
}
