import type { orderSchema } from '../schema/question-schemas.js';
import { inLayoutOrder, isStringList, type QuestionTypeDefinition } from './question-type.js';

/** `order`: items to put in order; the response is the item ids in the learner's order. Partial marks, by items in the right place. */
export const orderQuestion = {
  isResponse: isStringList,
  // Always scrambled: shown in the right order, there would be nothing to answer.
  layout: { ids: (q) => q.items.map((i) => i.id), shuffle: 'always' },
  // Answered as it stands: the learner may think the shown order is right.
  initialResponse: (q, layout) => inLayoutOrder(q.items, layout).map((i) => i.id),
  isAnswered: (q, r) => r.length === q.items.length,
  correctAnswerText: (q) => q.items.map((item, i) => `${i + 1}. ${item.text}`).join(' '),
  responseText: (q, r) => r.map((id, i) => `${i + 1}. ${q.items.find((item) => item.id === id)?.text ?? ''}`).join(' '),
} satisfies QuestionTypeDefinition<typeof orderSchema, string[]>;
