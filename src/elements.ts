/**
 * `defence-learning/elements`: the element classes without registering them, for pages that
 * register under their own names (`customElements.define('my-quiz', DefenceQuiz)`) or scoped
 * registries. Importing this module defines nothing.
 */
export { AcronymTip } from './acronym-tip/acronym-tip.js';
export { FactCard } from './fact-card/fact-card.js';
export { DefenceQuiz } from './quiz/defence-quiz.js';
