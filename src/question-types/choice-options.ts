import type { choiceOption } from '../schema/question-schemas.js';
import type { z } from '../schema/zod.js';
import { listText } from './question-type.js';

/** What `single` and `multiple` share: options to pick from, each right or wrong (their schema: schema/question-schemas.ts). */
export type ChoiceOption = z.infer<typeof choiceOption>;

/** Options are shown in the authored order unless the quiz shuffles. */
export const choiceLayout = { ids: (q: { options: ChoiceOption[] }) => q.options.map((o) => o.id), shuffle: 'when-asked' } as const;

export const rightOptionsText = (q: { options: ChoiceOption[] }) => listText(q.options.filter((o) => o.correct).map((o) => o.text));
