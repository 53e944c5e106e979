import type { Bank } from '../schema/bank-schema.js';

/** The label the bank gives a tag ("PESCO" for "pesco"), or the tag as written; own keys only, so a tag "constructor" is not an Object method. */
export function tagLabel(bank: Bank, tag: string): string {
  return (bank.tags && Object.hasOwn(bank.tags, tag) ? bank.tags[tag] : undefined) ?? tag;
}
