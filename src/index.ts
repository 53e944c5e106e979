/**
 * defence-learning: importing this module registers every element of the library and exports
 * the pieces a page or a tool may want to call directly.
 */
export { validateBank } from './schema/validate-bank.js';
export { validateDeck } from './schema/deck-schema.js';
export { validateGlossary } from './schema/glossary-schema.js';
export type { Bank, Question, QuestionType } from './schema/bank-schema.js';
export type { Deck, Card } from './schema/deck-schema.js';
export type { Glossary, GlossaryEntry } from './schema/glossary-schema.js';
export type { ValidationIssue } from './schema/validation-issues.js';
export { grade } from './grading/grade.js';
export { AcronymTip, annotateAcronyms, removeAcronyms, type AcronymMode, type AnnotateOptions } from './acronym-tip/standalone.js';
export { DefenceQuiz } from './quiz/defence-quiz.js';
export { QuizAnswerEvent, QuizCompleteEvent, QuizErrorEvent, QuizStartEvent } from './quiz/quiz-events.js';
export type { QuizAnswerDetail, QuizCompleteDetail, QuizStartDetail } from './quiz/quiz-events.js';
export type { XapiStatement, XapiAgent } from './quiz/xapi-statement.js';
export type { LrsConfig } from './lrs/lrs-config.js';
export { QuizLrsErrorEvent, type QuizLrsErrorDetail } from './lrs/lrs-events.js';
export { FactCard } from './fact-card/fact-card.js';
export { CardFlipEvent, CardRatedEvent } from './fact-card/fact-card-events.js';
export type { CardFlipDetail, CardRatedDetail } from './fact-card/fact-card-events.js';
export { markCardsForReview } from './storage/card-states.js';
export { exportProgress, importProgress, resetProgress } from './storage/progress-transfer.js';
export type { ImportResult, ProgressDocument } from './storage/progress-transfer.js';
export type { StoreStatus } from './storage/safe-store.js';
