import { escapeGift, giftFeedback, giftQuestion } from '../gift/gift-text.js';
import type { singleSchema } from '../schema/question-schemas.js';
import { choiceRules } from './choice-options.authoring.js';
import type { QuestionAuthoring } from './question-type.js';

/** What a `single` question of a bank must satisfy besides its schema, and its GIFT form. */
export const singleAuthoring = {
  rules: (q, at) => choiceRules(q, at, (correct) => (correct === 1 ? undefined : `exactly one option must be correct (found ${correct})`)),
  toGift: (q) => giftQuestion(q, q.options.map((o) => `${o.correct ? '=' : '~'}${escapeGift(o.text)}${giftFeedback(o.feedback)}`).join(' ')),
} satisfies QuestionAuthoring<typeof singleSchema>;
