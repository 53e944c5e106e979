import type { GiftNote } from '../gift/gift-text.js';
import { duplicateIds, fieldOf, list, sameTextTwice } from '../schema/cross-field-rules.js';
import type { orderSchema } from '../schema/question-schemas.js';
import type { QuestionAuthoring } from './question-type.js';

/** What an `order` question of a bank must satisfy besides its schema, and its GIFT form. */
export const orderAuthoring = {
  rules: (q, at) => [
    ...duplicateIds(list(q.items), 'id', (i) => `${at}.items[${i}]`, 'item id'),
    ...sameTextTwice(fieldOf(q.items, 'text'), `${at}.items`, 'items'),
  ],
  toGift: (_q, note: GiftNote) => {
    note('skipped', 'GIFT has no order question');
    return undefined;
  },
} satisfies QuestionAuthoring<typeof orderSchema>;
