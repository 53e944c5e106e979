/**
 * `dist/authoring.js`: what the authoring page (demo/author.html) needs in the browser, the bank
 * validation and the GIFT converter with its parser. A Rollup input of its own (rollup.config.mjs),
 * so gift-pegjs never reaches a page with a quiz.
 */
export { bankToGift } from '../gift/bank-to-gift.js';
export { convertGift, type GiftConversion } from '../gift/convert-gift.js';
export { validateBank } from '../schema/validate-bank.js';
