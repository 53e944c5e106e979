import { authoringOf } from '../question-types/question-authoring.js';
import type { Bank } from '../schema/bank-schema.js';
import type { ConversionNote, Converted } from './conversion-report.js';
import { escapeGift } from './gift-text.js';

/**
 * A bank to Moodle GIFT. Each type writes its own question (`toGift` in its module); every type
 * maps but `order` (GIFT has no ordering question) and a cloze with more than one blank (GIFT's
 * missing word has one), which are skipped with a note. A question's explanation becomes its
 * general feedback; its source, a comment line above it.
 */

export function bankToGift(bank: Bank): Converted<string> {
  const notes: ConversionNote[] = [];
  const blocks: string[] = [`// ${bank.title.replace(/\r?\n/g, ' ')} (bank "${bank.id}"), converted by defence-learning`];
  for (const q of bank.questions) {
    const note = (kind: ConversionNote['kind'], message: string) => notes.push({ question: q.id, kind, message });
    const lines: string[] = [];
    if (q.source) lines.push(`// source: ${[q.source.ref, q.source.quote && `"${q.source.quote}"`].filter(Boolean).join(' ')}`.replace(/\r?\n/g, ' '));
    if (q.tags.length) lines.push(`// ${q.tags.map((t) => `[tag:${t.replace(/[\]\s]+/g, '-')}]`).join(' ')}`);
    const body = authoringOf(q).toGift(q, note);
    if (body === undefined) continue;
    lines.push(`::${escapeGift(q.id)}::${body}`);
    if (q.points !== 1) note('changed', `its ${q.points} points are dropped (GIFT sets marks when imported)`);
    blocks.push(lines.join('\n'));
  }
  return { value: `${blocks.join('\n\n')}\n`, notes };
}
