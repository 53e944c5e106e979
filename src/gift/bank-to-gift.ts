import { clozeParts } from '../question-types/cloze.js';
import type { Bank, Question } from '../schema/bank-schema.js';
import type { ConversionNote, Converted } from './conversion-report.js';
import { CLOZE_PROMPT } from './gift-to-bank.js';

/**
 * A bank to Moodle GIFT. Every type maps but `order` (GIFT has no ordering question) and a cloze
 * with more than one blank (GIFT's missing word has one); those are skipped with a note. A
 * question's explanation becomes its general feedback; its source, a comment line above it.
 */

/** GIFT's special characters, escaped with a backslash wherever an author's text goes. */
export function escapeGift(text: string): string {
  return text.replace(/[~=#{}:\\]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

const feedback = (text: string | undefined) => (text ? `#${escapeGift(text)}` : '');
const general = (q: Question) => (q.explanation ? ` ####${escapeGift(q.explanation)}` : '');
/** A percentage as Moodle writes it: at most five decimals, no trailing zeros. */
const percent = (n: number) => String(Math.round(n * 100000) / 100000);

function answerBlock(q: Question, note: (message: string) => void): string | undefined {
  switch (q.type) {
    case 'single':
      return q.options.map((o) => `${o.correct ? '=' : '~'}${escapeGift(o.text)}${feedback(o.feedback)}`).join(' ');
    case 'multiple': {
      // Our grading: each right pick earns one share, each wrong pick costs one; the same in weights.
      const share = 100 / q.options.filter((o) => o.correct).length;
      return q.options.map((o) => `~%${percent(o.correct ? share : -share)}%${escapeGift(o.text)}${feedback(o.feedback)}`).join(' ');
    }
    case 'true-false':
      return q.answer ? 'TRUE' : 'FALSE';
    case 'numeric':
      if (q.unit) note(`its unit "${q.unit}" is dropped (GIFT numbers have none)`);
      return `#${q.answer}${q.tolerance ? `:${q.tolerance}` : ''}`;
    case 'text':
      return q.accept.map((a) => `=${escapeGift(a)}`).join(' ');
    case 'match':
      return q.pairs.map((p) => `=${escapeGift(p.left)} -> ${escapeGift(p.right)}`).join(' ');
    case 'order':
    case 'cloze':
      return undefined;
  }
}

function clozeQuestion(q: Extract<Question, { type: 'cloze' }>, note: (kind: ConversionNote['kind'], message: string) => void): string | undefined {
  const parts = clozeParts(q.text);
  const blanks = parts.filter((p) => 'blank' in p);
  if (blanks.length !== 1) {
    note('skipped', `a cloze with ${blanks.length} blanks has no GIFT form (a missing-word question has one blank)`);
    return undefined;
  }
  if (q.prompt !== CLOZE_PROMPT) note('changed', 'its prompt is dropped: a GIFT missing-word question is its sentence alone');
  const [only] = blanks;
  const blank = only && q.blanks[only.blank];
  // Not reached for a validated bank, whose rules define every blank its text names.
  if (!blank) return undefined;
  const choices = blank.options
    ? blank.options.map((o) => `${blank.accept.includes(o) ? '=' : '~'}${escapeGift(o)}`).join(' ')
    : blank.accept.map((a) => `=${escapeGift(a)}`).join(' ');
  const text = parts.map((p) => ('blank' in p ? `{${choices}${general(q)}}` : escapeGift(p.text))).join('');
  return text;
}

export function bankToGift(bank: Bank): Converted<string> {
  const notes: ConversionNote[] = [];
  const blocks: string[] = [`// ${bank.title.replace(/\r?\n/g, ' ')} (bank "${bank.id}"), converted by defence-learning`];
  for (const q of bank.questions) {
    const note = (kind: ConversionNote['kind'], message: string) => notes.push({ question: q.id, kind, message });
    const lines: string[] = [];
    if (q.source) lines.push(`// source: ${[q.source.ref, q.source.quote && `"${q.source.quote}"`].filter(Boolean).join(' ')}`.replace(/\r?\n/g, ' '));
    if (q.tags.length) lines.push(`// ${q.tags.map((t) => `[tag:${t.replace(/[\]\s]+/g, '-')}]`).join(' ')}`);
    const title = `::${escapeGift(q.id)}::`;
    if (q.type === 'cloze') {
      const text = clozeQuestion(q, note);
      if (text === undefined) continue;
      lines.push(`${title}${text}`);
    } else {
      const block = answerBlock(q, (message) => note('changed', message));
      if (block === undefined) {
        note('skipped', `GIFT has no ${q.type} question`);
        continue;
      }
      lines.push(`${title}${escapeGift(q.prompt)} {${block}${general(q)}}`);
    }
    if (q.points !== 1) note('changed', `its ${q.points} points are dropped (GIFT sets marks when imported)`);
    blocks.push(lines.join('\n'));
  }
  return { value: `${blocks.join('\n\n')}\n`, notes };
}
