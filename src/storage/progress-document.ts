/**
 * Checking a progress document (progress-transfer.ts) before it is imported: loaded with zod and the
 * record schemas (`loadRecordSchemas`) only when a learner imports a file.
 */
import { fromZodIssues, listedIssues, type Validated, type ValidationIssue } from '../schema/validation-issues.js';
import { z } from '../schema/zod.js';
import { PROGRESS_DOCUMENT_FORMAT, PROGRESS_DOCUMENT_VERSION } from './progress-transfer.js';
import { decodeRecord, type RecordFormat, recordFormat } from './record-store.js';

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
