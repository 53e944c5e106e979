import type { matchSchema } from '../schema/question-schemas.js';
import { ownValue, type QuestionGrading, share } from './question-type.js';

/** How a `match` question is graded (what the quiz screen needs of it: match.ts). */
export const matchGrading = {
  fraction: (q, r) => share(q.pairs.filter((p) => r && ownValue(r, p.id) === p.id).length, q.pairs.length),
} satisfies QuestionGrading<typeof matchSchema, Record<string, string>>;
