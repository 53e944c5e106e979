/**
 * `defence-learning`: importing this module registers the three elements (`<defence-quiz>`,
 * `<fact-card>`, `<acronym-tip>`, and the `[data-acronyms]` watcher) and exports the pieces a page
 * or a tool may call directly. Each element also has an entry of its own (`defence-learning/quiz`,
 * `/fact-card`, `/acronym-tip`) for pages that use one of them.
 */
export * from './acronym-tip/index.js';
export * from './fact-card/index.js';
export { grade } from './grading/grade.js';
export type { Messages } from './messages/messages.js';
export { type PartialMessages, registerLanguage, registerMessages } from './messages/register-messages.js';
export * from './quiz/index.js';
export * from './schema/index.js';
export type { ImportResult, ProgressDocument } from './storage/progress-transfer.js';
export { exportProgress, importProgress, resetProgress } from './storage/progress-transfer.js';
export type { StoreStatus } from './storage/safe-store.js';
