import type { orderSchema } from '../schema/question-schemas.js';
import { type QuestionGrading, share } from './question-type.js';

/** How an `order` question is graded (what the quiz screen needs of it: order.ts). */
export const orderGrading = {
  fraction: (q, r) => share(q.items.filter((item, i) => r?.[i] === item.id).length, q.items.length),
} satisfies QuestionGrading<typeof orderSchema, string[]>;
