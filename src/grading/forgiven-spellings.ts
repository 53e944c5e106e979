import type { Question } from '../schema/bank-schema.js';
import type { Grade, Response, ResponseByType } from './grade.js';
import { matchBlank, matchText } from './text-match.js';

/**
 * Where a typed answer was right only because a typo was forgiven, the bank's spelling, so the
 * learner sees it ("Correct — spelled Kallas"): `spelled` for a `text` question, `spelledBlanks`
 * (blank id → spelling) for a cloze. Nothing for other types or when no typo was forgiven.
 */
export function forgivenSpellings(question: Question, response: Response | undefined, lang?: string): Pick<Grade, 'spelled' | 'spelledBlanks'> {
  if (question.type === 'text' && typeof response === 'string') {
    const match = matchText(response, question.accept, lang);
    return match?.typo ? { spelled: match.accepted } : {};
  }
  if (question.type === 'cloze' && typeof response === 'object' && response !== null && !Array.isArray(response)) {
    const given = response as ResponseByType['cloze'];
    const spelledBlanks = new Map<string, string>();
    for (const [id, blank] of Object.entries(question.blanks)) {
      const match = matchBlank(blank, Object.hasOwn(given, id) ? given[id] : undefined, lang);
      if (match?.typo) spelledBlanks.set(id, match.accepted);
    }
    return spelledBlanks.size > 0 ? { spelledBlanks } : {};
  }
  return {};
}
