/**
 * Importing a progress document (progress-transfer.ts): the check of the whole file, then the merge.
 * Loaded with zod and the record schemas (`loadRecordSchemas`) only when a learner imports a file.
 */
import { fromZodIssues, listedIssues, type Validated, type ValidationIssue } from '../schema/validation-issues.js';
import { z } from '../schema/zod.js';
import { type ImportResult, PROGRESS_DOCUMENT_FORMAT, PROGRESS_DOCUMENT_VERSION } from './progress-transfer.js';
import { decodeRecord, type RecordFormat, recordFormat, supersedes } from './record-store.js';
import type { SafeStore } from './safe-store.js';

const documentSchema = z.object({
  format: z.literal(PROGRESS_DOCUMENT_FORMAT),
  version: z.number().check(z.int()),
  exportedAt: z.string(),
  records: z.array(z.object({ kind: z.string().check(z.maxLength(100)), value: z.unknown() })),
});

export interface CheckedRecord {
  format: RecordFormat<{ v: number }>;
  key: string;
  value: { v: number };
}

/** Checks a progress document (text or parsed) and every record in it; lists every problem. */
export function checkProgressDocument(input: unknown): Validated<CheckedRecord[]> {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch {
      return { ok: false, issues: [{ path: '(root)', message: 'is not JSON: this is not a progress file' }] };
    }
  }
  const format = (data as { format?: unknown } | null)?.format;
  if (typeof data !== 'object' || data === null || format !== PROGRESS_DOCUMENT_FORMAT) {
    return { ok: false, issues: [{ path: 'format', message: `must be "${PROGRESS_DOCUMENT_FORMAT}": this is not a progress file` }] };
  }
  const parsed = documentSchema.safeParse(data);
  if (!parsed.success) return { ok: false, issues: listedIssues(fromZodIssues(parsed.error.issues, data)) };
  if (parsed.data.version !== PROGRESS_DOCUMENT_VERSION) {
    return {
      ok: false,
      issues: [
        {
          path: 'version',
          message: `is ${parsed.data.version}: this file needs a ${parsed.data.version > PROGRESS_DOCUMENT_VERSION ? 'newer' : 'different'} version of this library, which reads version ${PROGRESS_DOCUMENT_VERSION}`,
        },
      ],
    };
  }
  const issues: ValidationIssue[] = [];
  const checked: CheckedRecord[] = [];
  parsed.data.records.forEach((record, i) => {
    const kindFormat = recordFormat(record.kind);
    if (!kindFormat) {
      issues.push({ path: `records[${i}].kind`, message: `is "${record.kind}", a kind of record this page does not know` });
      return;
    }
    const decoded = decodeRecord(kindFormat, record.value);
    if (decoded.state === 'unreadable') {
      for (const issue of decoded.issues) {
        issues.push({
          path: `records[${i}].value${issue.path === '(root)' ? '' : issue.path.startsWith('[') ? issue.path : `.${issue.path}`}`,
          message: issue.message,
        });
      }
      return;
    }
    checked.push({ format: kindFormat, key: `${kindFormat.kind}/${kindFormat.keyOf(decoded.value)}`, value: decoded.value });
  });
  return issues.length > 0 ? { ok: false, issues: listedIssues(issues) } : { ok: true, value: checked };
}

/** `importProgress`'s work, once the record schemas are loaded (`loadRecordSchemas`). */
export async function mergeProgressDocument(input: unknown, store: SafeStore): Promise<ImportResult> {
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
