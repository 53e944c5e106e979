import { numericValue, type Grade, type Response, type ResponseByType } from '../grading/grade.js';
import type { Messages } from '../messages/messages.js';
import type { Question } from '../schema/bank-schema.js';

/** Plain-text renderings of answers, for the review in the summary and for screen readers. */

const list = (items: string[]) => items.join('; ');

/** The right answer, as a sentence fragment. */
export function correctAnswerText(q: Question, msg: Messages['quiz']): string {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return list(q.options.filter((o) => o.correct).map((o) => o.text));
    case 'true-false':
      return q.answer ? msg.trueLabel : msg.falseLabel;
    case 'numeric':
      return `${q.answer}${q.tolerance ? ` (± ${q.tolerance})` : ''}${q.unit ? ` ${q.unit}` : ''}`;
    case 'text':
      return q.accept[0];
    case 'order':
      return q.items.map((item, i) => `${i + 1}. ${item.text}`).join(' ');
    case 'match':
      return list(q.pairs.map((p) => `${p.left} → ${p.right}`));
    case 'cloze':
      return list(Object.entries(q.blanks).map(([, blank]) => blank.accept[0]));
  }
}

/** What the learner gave, or null when nothing was given. */
export function responseText(q: Question, response: Response | undefined, msg: Messages['quiz']): string | null {
  if (response === undefined || response === null) return null;
  switch (q.type) {
    case 'single':
      return q.options.find((o) => o.id === response)?.text ?? null;
    case 'multiple': {
      const picked = q.options.filter((o) => (response as string[]).includes(o.id)).map((o) => o.text);
      return picked.length ? list(picked) : null;
    }
    case 'true-false':
      return response ? msg.trueLabel : msg.falseLabel;
    case 'numeric': {
      const value = numericValue(response as ResponseByType['numeric'], q.unit);
      return value === null ? (String(response).trim() || null) : `${value}${q.unit ? ` ${q.unit}` : ''}`;
    }
    case 'text':
      return (response as string).trim() || null;
    case 'order':
      return (response as string[]).map((id, i) => `${i + 1}. ${q.items.find((item) => item.id === id)?.text ?? ''}`).join(' ');
    case 'match': {
      const chosen = response as Record<string, string>;
      return list(q.pairs.map((p) => `${p.left} → ${q.pairs.find((r) => r.id === chosen[p.id])?.right ?? '—'}`));
    }
    case 'cloze': {
      const given = response as Record<string, string>;
      return list(Object.keys(q.blanks).map((id) => given[id]?.trim() || '—'));
    }
  }
}

/** "Correct.", "Partly right: 1 of 2 points." or "Not quite.". */
export function verdictText(grade: Grade, msg: Messages['quiz']): string {
  if (grade.correct) return msg.correct;
  return grade.score > 0 ? msg.partly(grade.score, grade.maxScore) : msg.incorrect;
}
