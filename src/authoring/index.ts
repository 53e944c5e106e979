/**
 * `dist/authoring.js`: what the authoring page (demo/author.html) needs in the browser, the bank
 * validation and the GIFT converter with its parser. A Rollup input of its own (rollup.config.mjs),
 * so gift-pegjs never reaches a page with a quiz.
 */
import gift from 'gift-pegjs';

import { bankToGift } from '../gift/bank-to-gift.js';
import type { ConversionNote } from '../gift/conversion-report.js';
import { type GiftQuestion, giftToBank, slug } from '../gift/gift-to-bank.js';
import type { BankInput } from '../schema/bank-schema.js';

export { validateBank } from '../schema/validate-bank.js';
export { bankToGift };

export type GiftConversion = { ok: true; bank: BankInput; notes: ConversionNote[] } | { ok: false; line: number; column: number; message: string };

/**
 * GIFT text to a bank, as `npx defence-learning convert` does: the bank is named after the
 * file's last category (`$course$/eu-defence` → "eu-defence"), else after `name`.
 */
export function convertGift(text: string, name = 'my-quiz'): GiftConversion {
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
  const { value, notes } = giftToBank(parsed, { id: slug(category ?? name), title: category ?? name });
  return { ok: true, bank: value, notes };
}
