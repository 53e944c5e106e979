/**
 * Records keyed by content (question ids, blank ids, pair ids) are plain objects once they have been
 * through JSON, zod or IndexedDB, so `record[id]` finds `Object.prototype`'s members for ids such as
 * `constructor` or `toString`, which the id pattern allows. Every lookup by a content id goes
 * through here, and every such record the model builds has no prototype.
 */

/** What `record` holds under `key` itself; never a member inherited from `Object.prototype`. */
export function ownValue<V>(record: Readonly<Record<string, V>> | null | undefined, key: string): V | undefined {
  return record != null && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A record with no prototype, so a lookup by any content id finds only what was put in it. */
export function contentRecord<V>(entries: Iterable<readonly [string, V]> = []): Record<string, V> {
  const record = Object.create(null) as Record<string, V>;
  for (const [key, value] of entries) record[key] = value;
  return record;
}

/** Whether `value` is a plain record (an object that is neither null nor a list). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What content ids may be (bank, question, option, card ids): checked by the schemas, kept here so zod-free code can word it. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
export const ID_MESSAGE = 'must use only letters, digits, ".", "_" and "-"';
