import { matchBlank } from '../grading/text-match.js';
import type { clozeSchema } from '../schema/question-schemas.js';
import { ownValue, type QuestionGrading, share } from './question-type.js';

/** Each blank: a choice right exactly, a typed answer forgivingly (grading/text-match.ts). */
export const clozeGrading = {
  fraction: (q, r, lang) => {
    const blanks = Object.entries(q.blanks);
    return share(blanks.filter(([id, blank]) => matchBlank(blank, r && ownValue(r, id), lang) !== null).length, blanks.length);
  },
  details: (q, r, lang) => {
    const spelledBlanks = new Map<string, string>();
    const rightBlanks = new Set<string>();
    for (const [id, blank] of Object.entries(q.blanks)) {
      const match = matchBlank(blank, r && ownValue(r, id), lang);
      if (match) rightBlanks.add(id);
      if (match?.typo) spelledBlanks.set(id, match.accepted);
    }
    return spelledBlanks.size > 0 ? { spelledBlanks, rightBlanks } : { rightBlanks };
  },
} satisfies QuestionGrading<typeof clozeSchema, Record<string, string>>;
