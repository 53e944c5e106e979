/**
 * `defence-learning/schema`: validation of banks, decks and glossaries, and their types. No element,
 * no DOM: safe to import in Node (a build script, a server route, a CI check).
 */
export type { Bank, BankInput, Question, QuestionType } from './bank-schema.js';
export type { Card, Deck } from './deck-schema.js';
export { validateDeck } from './deck-schema.js';
export type { Glossary, GlossaryEntry } from './glossary-schema.js';
export { validateGlossary } from './glossary-schema.js';
export { validateBank } from './validate-bank.js';
export type { Validated, ValidationIssue } from './validation-issues.js';
