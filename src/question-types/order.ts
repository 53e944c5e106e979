import type { GiftNote } from '../gift/gift-text.js';
import { duplicateIds, fieldOf, list, sameTextTwice } from '../schema/cross-field-rules.js';
import type { orderSchema } from '../schema/question-schemas.js';
import { inLayoutOrder, isStringList, type QuestionTypeDefinition, share } from './question-type.js';

/** `order`: items to put in order; the response is the item ids in the learner's order. Partial marks, by items in the right place. */
export const orderQuestion = {
  rules: (q, at) => [
    ...duplicateIds(list(q.items), 'id', (i) => `${at}.items[${i}]`, 'item id'),
    ...sameTextTwice(fieldOf(q.items, 'text'), `${at}.items`, 'items'),
  ],
  isResponse: isStringList,
  // Always scrambled: shown in the right order, there would be nothing to answer.
  layout: { ids: (q) => q.items.map((i) => i.id), shuffle: 'always' },
  // Answered as it stands: the learner may think the shown order is right.
  initialResponse: (q, layout) => inLayoutOrder(q.items, layout).map((i) => i.id),
  fraction: (q, r) => share(q.items.filter((item, i) => r?.[i] === item.id).length, q.items.length),
  isAnswered: (q, r) => r.length === q.items.length,
  correctAnswerText: (q) => q.items.map((item, i) => `${i + 1}. ${item.text}`).join(' '),
  responseText: (q, r) => r.map((id, i) => `${i + 1}. ${q.items.find((item) => item.id === id)?.text ?? ''}`).join(' '),
  toGift: (_q, note: GiftNote) => {
    note('skipped', 'GIFT has no order question');
    return undefined;
  },
} satisfies QuestionTypeDefinition<typeof orderSchema, string[]>;
