/**
 * Entry of dist/acronym-tip.js, for pages that only want acronym tips (at most 10 KB gzip):
 * registers `<acronym-tip>`, annotates every `[data-acronyms]` element of the page, and exports
 * the annotation functions. dist/defence-learning.js includes all of this too.
 */
import { watchDataAcronyms } from './watch-data-acronyms.js';

export { AcronymTip } from './acronym-tip.js';
export { annotateAcronyms, removeAcronyms, type AcronymMode, type AnnotateOptions } from './annotate-acronyms.js';
export type { TipEntry } from './read-glossary.js';
// The tips' strings in another language, or reworded: `registerMessages('uk', { tip: { … } })`.
export { registerLanguage, registerMessages } from '../messages/register-messages.js';

if (typeof document !== 'undefined') watchDataAcronyms(document);
