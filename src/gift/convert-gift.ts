/**
 * GIFT text to a bank, parsed by gift-pegjs: what the CLI's `convert` and the authoring page share.
 * Imported only by them (dist/cli, dist/authoring.js), so the parser never reaches a page with a quiz.
 */
import gift from 'gift-pegjs';

import type { BankInput } from '../schema/bank-schema.js';
import type { ConversionNote } from './conversion-report.js';
import { type GiftQuestion, giftToBank, slug } from './gift-to-bank.js';

export type GiftConversion = { ok: true; bank: BankInput; notes: ConversionNote[] } | { ok: false; line: number; column: number; message: string };

export interface GiftNaming {
  /** What the bank is called when the file has no category: a file name, or "my-quiz". */
  name?: string;
  /** The bank's id; by default, the file's last category (`$course$/eu-defence` → "eu-defence"), else `name`, as a slug. */
  id?: string;
  /** The bank's title; by default, the file's last category, else `name`. */
  title?: string;
}

export function convertGift(text: string, { name = 'my-quiz', id, title }: GiftNaming = {}): GiftConversion {
  let parsed: GiftQuestion[];
  try {
    parsed = gift.parse(text);
  } catch (error) {
    const e = error as { location?: { start: { line: number; column: number } }; message?: string };
    return { ok: false, line: e.location?.start.line ?? 1, column: e.location?.start.column ?? 1, message: e.message ?? String(error) };
  }
  const category = parsed
    .find((q) => q.type === 'Category')
    ?.title.split('/')
    .filter(Boolean)
    .pop();
  const { value, notes } = giftToBank(parsed, { id: id ?? slug(category ?? name), title: title ?? category ?? name });
  return { ok: true, bank: value, notes };
}
