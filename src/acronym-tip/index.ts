/**
 * `defence-learning/acronym-tip` and the drop-in `dist/acronym-tip.js` (at most 10 KB gzip, no Lit,
 * no zod): registers `<acronym-tip>`, annotates every `[data-acronyms]` element of the page, and
 * exports the annotation functions.
 */
import { defineElement } from '../define-element.js';
import { AcronymTip } from './acronym-tip.js';
import { watchDataAcronyms } from './watch-data-acronyms.js';

defineElement('acronym-tip', AcronymTip);
if (typeof document !== 'undefined') watchDataAcronyms(document);

export { AcronymTip };
export type { GlossaryInput } from '../schema/glossary-schema.js';
export { type AcronymMode, annotateAcronyms, type AnnotateOptions, removeAcronyms } from './annotate-acronyms.js';
export type { TipEntry } from './read-glossary.js';
// The tips' strings in another language, or reworded: `registerMessages('uk', { tip: { … } })`.
export { registerLanguage, registerMessages } from '../messages/register-messages.js';
