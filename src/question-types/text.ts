import { escapeGift, giftQuestion } from '../gift/gift-text.js';
import { matchText } from '../grading/text-match.js';
import { untypeableAnswers } from '../schema/cross-field-rules.js';
import type { textSchema } from '../schema/question-schemas.js';
import type { QuestionTypeDefinition } from './question-type.js';

/** `text`: a typed answer, compared forgivingly with each accepted one (grading/text-match.ts). Right or wrong. */
export const textQuestion = {
  rules: (q, at) => untypeableAnswers(q.accept, `${at}.accept`),
  isResponse: (value): value is string => typeof value === 'string',
  fraction: (q, r, lang) => (r !== undefined && matchText(r, q.accept, lang) ? 1 : 0),
  spelling: (q, r, lang) => {
    const match = r === undefined ? null : matchText(r, q.accept, lang);
    return match?.typo ? { spelled: match.accepted } : {};
  },
  isAnswered: (_q, r) => r.trim() !== '',
  correctAnswerText: (q) => q.accept[0] ?? '', // the schema requires one accepted answer
  responseText: (_q, r) => r.trim() || null,
  toGift: (q) => giftQuestion(q, q.accept.map((a) => `=${escapeGift(a)}`).join(' ')),
} satisfies QuestionTypeDefinition<typeof textSchema, string>;
