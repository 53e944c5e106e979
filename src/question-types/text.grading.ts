import { matchText } from '../grading/text-match.js';
import type { textSchema } from '../schema/question-schemas.js';
import type { QuestionGrading } from './question-type.js';

/** How a `text` question is graded (what the quiz screen needs of it: text.ts). */
export const textGrading = {
  fraction: (q, r, lang) => (r !== undefined && matchText(r, q.accept, lang) ? 1 : 0),
  details: (q, r, lang) => {
    const match = r === undefined ? null : matchText(r, q.accept, lang);
    return match?.typo ? { spelled: match.accepted } : {};
  },
} satisfies QuestionGrading<typeof textSchema, string>;
