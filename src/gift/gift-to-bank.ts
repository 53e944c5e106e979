import type { BankInput } from '../schema/bank-schema.js';
import type { ConversionNote, Converted } from './conversion-report.js';
import { CLOZE_PROMPT } from './gift-text.js';

/**
 * Moodle GIFT (as gift-pegjs parses it) to a bank. Kinds and what they become:
 * multiple choice → `single` (one right answer) or `multiple` (weights: positive = right);
 * true/false → `true-false`; short answer → `text`; numerical → `numeric` (a tolerance or a
 * low..high range); matching → `match`; missing word → `cloze` (one blank; a choice list when the
 * answers are choices); essay and description → skipped, with a note. Pure: no parser, no file.
 */

/** The parts of gift-pegjs's output this converter reads (its own types, narrowed). */
interface TextFormat {
  format: string;
  text: string;
}
interface NumberFormat {
  type: 'simple' | 'range' | 'high-low';
  number?: number;
  range?: number;
  numberHigh?: number;
  numberLow?: number;
}
interface Choice<T> {
  isCorrect: boolean;
  weight: number | null;
  text: T;
  feedback: TextFormat | null;
}
export type GiftQuestion =
  | { type: 'Category'; title: string }
  | {
      type: 'Description' | 'Essay' | 'MC' | 'Short' | 'Numerical' | 'TF' | 'Matching';
      id?: string | null;
      tags?: string[] | null;
      title: string | null;
      stem: TextFormat;
      hasEmbeddedAnswers: boolean;
      globalFeedback?: TextFormat | null;
      choices?: Choice<TextFormat>[] | Choice<NumberFormat>[] | NumberFormat;
      isTrue?: boolean;
      trueFeedback?: TextFormat | null;
      falseFeedback?: TextFormat | null;
      matchPairs?: { subquestion: TextFormat; subanswer: string }[];
    };
type Gq = Exclude<GiftQuestion, { type: 'Category' }>;
type Out = BankInput['questions'][number];

/** An id from free text: "Q 1: EU?" → "q-1-eu". */
export function slug(text: string): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+|-+$/g, '');
  return s.slice(0, 60) || 'q';
}

const MARKUP = /<[a-z][^>]*>|&[a-z]+;|\*\*|\[[^\]]*\]\([^)]*\)/i;

export interface GiftToBankOptions {
  id: string;
  title: string;
}

export function giftToBank(parsed: GiftQuestion[], options: GiftToBankOptions): Converted<BankInput> {
  const notes: ConversionNote[] = [];
  const questions: Out[] = [];
  const usedIds = new Set<string>();
  let category: string | undefined;
  let position = 0;
  for (const item of parsed) {
    if (item.type === 'Category') {
      category = item.title.split('/').filter(Boolean).pop();
      continue;
    }
    position++;
    const name = item.id ?? item.title ?? `question ${position}`;
    const note = (kind: ConversionNote['kind'], message: string) => notes.push({ question: name, kind, message });
    const converted = convertQuestion(item, note);
    if (!converted) continue;
    let id = slug(item.id ?? item.title ?? `q${position}`);
    for (let n = 2; usedIds.has(id); n++) id = `${slug(item.id ?? item.title ?? `q${position}`)}-${n}`;
    usedIds.add(id);
    const tags = [...(item.tags ?? []), ...(category ? [category] : [])];
    const explanation = item.globalFeedback?.text.trim();
    if ([item.stem, item.globalFeedback].some((t) => t && MARKUP.test(t.text)))
      note('changed', "its markup is kept as plain text (a bank's text is shown as text, never as HTML)");
    questions.push({ id, ...converted, ...(explanation ? { explanation } : {}), ...(tags.length ? { tags } : {}) } as Out);
  }
  return { value: { id: options.id, title: options.title, questions }, notes };
}

type Note = (kind: ConversionNote['kind'], message: string) => void;
type Body = Omit<Out, 'id'>;

const textOf = (t: TextFormat | null | undefined) => t?.text.trim() ?? '';
const isRight = (c: Choice<unknown>) => c.isCorrect || (c.weight ?? 0) > 0;

function convertQuestion(q: Gq, note: Note): Body | undefined {
  const prompt = textOf(q.stem);
  switch (q.type) {
    case 'Description':
      note('skipped', 'a description is not a question (no answer to grade)');
      return undefined;
    case 'Essay':
      note('skipped', 'an essay has no answer that can be graded automatically');
      return undefined;
    case 'TF':
      if (q.trueFeedback || q.falseFeedback)
        note('changed', 'the feedback for each of true and false is dropped (the general feedback is kept as the explanation)');
      return { type: 'true-false', prompt, answer: q.isTrue === true } as Body;
    case 'Matching': {
      const pairs = q.matchPairs ?? [];
      const distractors = pairs.filter((p) => !textOf(p.subquestion));
      if (distractors.length) note('changed', `${distractors.length} extra right-hand answer(s) without a question are dropped`);
      return {
        type: 'match',
        prompt,
        pairs: pairs.filter((p) => textOf(p.subquestion)).map((p, i) => ({ id: `p${i + 1}`, left: textOf(p.subquestion), right: p.subanswer.trim() })),
      } as Body;
    }
    case 'Numerical':
      return q.hasEmbeddedAnswers ? embedded(q, prompt, note) : numeric(q, prompt, note);
    case 'Short':
    case 'MC':
      if (q.hasEmbeddedAnswers) return embedded(q, prompt, note);
      return q.type === 'Short' ? shortAnswer(q, prompt, note) : choice(q, prompt, note);
  }
}

function choice(q: Gq, prompt: string, note: Note): Body {
  const choices = (q.choices ?? []) as Choice<TextFormat>[];
  const right = choices.filter(isRight);
  const weighted = choices.some((c) => c.weight !== null);
  const single = right.length === 1 && (!weighted || choices.every((c) => c.weight === null || c.weight === 100 || c.weight <= 0));
  if (!single && weighted) {
    const share = 100 / Math.max(1, right.length);
    const uneven =
      right.some((c) => Math.abs((c.weight ?? share) - share) > 0.01) ||
      choices.some((c) => !isRight(c) && c.weight !== null && Math.abs(c.weight + share) > 0.01);
    if (uneven) note('changed', 'its partial-credit weights become equal shares: each right pick earns one share, each wrong pick costs one');
  }
  const options = choices.map((c, i) => ({
    id: `o${i + 1}`,
    text: textOf(c.text),
    correct: isRight(c),
    ...(c.feedback ? { feedback: textOf(c.feedback) } : {}),
  }));
  return { type: single ? 'single' : 'multiple', prompt, options } as Body;
}

function shortAnswer(q: Gq, prompt: string, note: Note): Body {
  const choices = (q.choices ?? []) as Choice<TextFormat>[];
  const full = choices.filter((c) => c.weight === null || c.weight === 100);
  if (full.length < choices.length) note('changed', 'answers with partial credit are dropped: an answer is right or wrong');
  if (choices.some((c) => c.feedback)) note('changed', 'feedback on each answer is dropped');
  return { type: 'text', prompt, accept: full.map((c) => textOf(c.text)) } as Body;
}

function numberRange(n: NumberFormat): { answer: number; tolerance?: number } {
  if (n.type === 'high-low') {
    const low = n.numberLow ?? 0;
    const high = n.numberHigh ?? low;
    return { answer: (low + high) / 2, tolerance: Math.abs(high - low) / 2 };
  }
  return { answer: n.number ?? 0, ...(n.type === 'range' && n.range ? { tolerance: n.range } : {}) };
}

function numeric(q: Gq, prompt: string, note: Note): Body {
  const choices = q.choices;
  let range: NumberFormat;
  if (Array.isArray(choices)) {
    const list = choices as Choice<NumberFormat>[];
    const best = list.find((c) => c.weight === null || c.weight === 100) ?? list[0];
    if (list.length > 1) note('changed', 'only the answer with full credit is kept: other answers with partial credit are dropped');
    if (list.some((c) => c.feedback)) note('changed', 'feedback on each answer is dropped');
    // A numerical question with no answer at all reads as 0, as a choice without its number does.
    range = best?.text ?? { type: 'simple' };
  } else range = choices as NumberFormat;
  return { type: 'numeric', prompt, ...numberRange(range) };
}

/** GIFT's missing word has only its sentence; a cloze also has a prompt, and this is it. */

/** Missing word: "The EU has {~25 =27} members." → a cloze with one blank. */
function embedded(q: Gq, prompt: string, note: Note): Body {
  const text = prompt.includes('_____') ? prompt.replace('_____', '{{blank}}') : `${prompt} {{blank}}`;
  if (q.type === 'Numerical') {
    note('changed', 'a missing number becomes a blank accepting the exact number');
    const choices = q.choices;
    const n = Array.isArray(choices) ? (choices[0]?.text as NumberFormat) : (choices as NumberFormat);
    return { type: 'cloze', prompt: CLOZE_PROMPT, text, blanks: { blank: { accept: [String(numberRange(n).answer)] } } } as Body;
  }
  const choices = (q.choices ?? []) as Choice<TextFormat>[];
  const accept = choices.filter(isRight).map((c) => textOf(c.text));
  if (choices.some((c) => c.feedback)) note('changed', 'feedback on each answer is dropped');
  const blank = q.type === 'MC' ? { accept: accept.slice(0, 1), options: choices.map((c) => textOf(c.text)) } : { accept };
  if (q.type === 'MC' && accept.length > 1) note('changed', 'a choice blank keeps one right answer');
  return { type: 'cloze', prompt: CLOZE_PROMPT, text, blanks: { blank } } as Body;
}
