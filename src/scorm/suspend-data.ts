import type { ProgressDocument } from '../storage/progress-transfer.js';

type Attempt = { state?: string; updatedAt?: number };

/**
 * The progress document that fits in `limit` characters of suspend_data (4096 in SCORM 1.2): the
 * attempt in progress always, then finished attempts from the newest, while they fit. Undefined
 * when not even the attempt in progress fits.
 */
export function fitSuspendData(doc: ProgressDocument, limit: number): string | undefined {
  const value = (r: ProgressDocument['records'][number]) => (r.value ?? {}) as Attempt;
  const playing = doc.records.filter((r) => value(r).state === 'in-progress');
  const others = doc.records.filter((r) => value(r).state !== 'in-progress').sort((a, b) => (value(b).updatedAt ?? 0) - (value(a).updatedAt ?? 0));
  const text = (records: ProgressDocument['records']) => JSON.stringify({ ...doc, records });
  let kept = playing;
  if (text(kept).length > limit) return undefined;
  for (const record of others) {
    if (text([...kept, record]).length > limit) break;
    kept = [...kept, record];
  }
  return text(kept);
}
