import type { Response, ResponseByType } from '../../grading/grade.js';
import type { Messages } from '../../messages/messages.js';
import type { QuestionOf, QuestionType } from '../../schema/bank-schema.js';

/** What every question input is rendered from: data in, a template out, changes reported up. */
export interface InputContext<T extends QuestionType> {
  question: QuestionOf<T>;
  /** Display order of options, items or right-hand choices (see QuizPlan.layout). */
  layout: readonly string[] | undefined;
  response: ResponseByType[T] | undefined;
  /** After checking in practice mode: the answer is fixed and marked. */
  revealed: boolean;
  msg: Messages['quiz'];
  /** Prefix for ids, unique in the element's shadow root. */
  idPrefix: string;
  onChange(response: ResponseByType[T]): void;
  /** The response as it is now, which may be newer than `response` when changes come faster than renders. */
  latest(): ResponseByType[T] | undefined;
  /** A short message for the polite live region (e.g. "moved to position 2 of 4"). */
  announce(message: string): void;
  /** Moves focus, after the next render, to the element matching `selector` in the shadow root. */
  focusAfterRender(selector: string): void;
}

export type AnyInputContext = { [T in QuestionType]: InputContext<T> }[QuestionType];
export type { Response };

/** `ids` in the layout's order; ids missing from the layout keep their authored order after it. */
export function inLayoutOrder<T extends { id: string }>(items: readonly T[], layout: readonly string[] | undefined): T[] {
  if (!layout) return [...items];
  const byId = new Map(items.map((item) => [item.id, item]));
  const ordered = layout.map((id) => byId.get(id)).filter((item): item is T => item !== undefined);
  return [...ordered, ...items.filter((item) => !layout.includes(item.id))];
}
