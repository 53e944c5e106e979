import { type Rating, RATINGS } from '../scheduling/card-state.js';

/** What a key does in a review session: Space shows the answer, 1–4 rate it. */
export type ReviewKey = { action: 'show-answer' } | { action: 'rate'; rating: Rating };

function isTextField(target: EventTarget | undefined): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'submit', 'reset'].includes(target.type);
}

/** Controls that Space already activates: the shortcut must not act a second time. */
function activatesOnSpace(target: EventTarget | undefined): boolean {
  return target instanceof HTMLElement && target.matches('button, summary, a[href], input');
}

/**
 * The session's shortcut a key press stands for, if any. Keys typed into a text field, or with a
 * modifier, or already handled, are the page's.
 */
export function reviewKey(event: KeyboardEvent, answerShown: boolean): ReviewKey | null {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return null;
  const target = event.composedPath()[0];
  if (isTextField(target)) return null;
  if (event.key === ' ' && !answerShown && !activatesOnSpace(target)) return { action: 'show-answer' };
  const rating = RATINGS[['1', '2', '3', '4'].indexOf(event.key)];
  return rating && answerShown ? { action: 'rate', rating } : null;
}
