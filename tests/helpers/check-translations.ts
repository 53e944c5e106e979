/**
 * What a translator's table gets wrong against the English one: a missing or extra string, a
 * function with other parameters, a placeholder dropped or invented, a plural category of the
 * language left out, or a string left in English. Used by the browser test and the Node test alike.
 */
import { cardMessagesFor } from '../../src/messages/card-messages.js';
import type { PluralCategory } from '../../src/messages/format.js';
import bg from '../../src/messages/locales/bg.js';
import cs from '../../src/messages/locales/cs.js';
import da from '../../src/messages/locales/da.js';
import de from '../../src/messages/locales/de.js';
import el from '../../src/messages/locales/el.js';
import es from '../../src/messages/locales/es.js';
import et from '../../src/messages/locales/et.js';
import fi from '../../src/messages/locales/fi.js';
import fr from '../../src/messages/locales/fr.js';
import ga from '../../src/messages/locales/ga.js';
import hr from '../../src/messages/locales/hr.js';
import hu from '../../src/messages/locales/hu.js';
import italian from '../../src/messages/locales/it.js';
import lt from '../../src/messages/locales/lt.js';
import lv from '../../src/messages/locales/lv.js';
import mt from '../../src/messages/locales/mt.js';
import nl from '../../src/messages/locales/nl.js';
import pl from '../../src/messages/locales/pl.js';
import pt from '../../src/messages/locales/pt.js';
import ro from '../../src/messages/locales/ro.js';
import sk from '../../src/messages/locales/sk.js';
import sl from '../../src/messages/locales/sl.js';
import sv from '../../src/messages/locales/sv.js';
import { type Messages, messagesFor } from '../../src/messages/messages.js';

/** Every built-in table but English, by language. */
export const tables = { bg, cs, da, de, el, es, et, fi, fr, ga, hr, hu, it: italian, lt, lv, mt, nl, pl, pt, ro, sk, sl, sv };

/**
 * Strings that rightly read as in English, by language: international words and names. A string
 * not listed here that equals the English one fails, as a string a translator has not reached.
 */
export const sameWordsAllowed: Record<string, string[]> = {
  da: ['quiz.start'],
  de: ['worksheet.name'],
  fr: [
    'quiz.pathQuestion',
    'quiz.questionCount',
    'quiz.points',
    'quiz.source',
    'quiz.scoreColumn',
    'card.front',
    'card.source',
    'progress.scoreColumn',
    'worksheet.date',
  ],
  nl: ['quiz.scoreColumn', 'progress.scoreColumn'],
};

type Tree = { [key: string]: unknown };

/** Values that read the same as a string and as a number, and show up as such in any language's output. */
const ARGS = ['37', '58', '83'];

/** What a function's output says with the sample arguments, or what a string says. */
function sample(value: unknown): string {
  return typeof value === 'function' ? String((value as (...a: string[]) => unknown)(...ARGS.slice(0, value.length))) : String(value);
}

/** The arguments that show in `text`. */
const shown = (text: string) => ARGS.filter((arg) => text.includes(arg));

export function structureProblems(en: Tree, table: Tree, path = ''): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(en)) {
    const at = path ? `${path}.${key}` : key;
    const want = en[key];
    const got = Object.hasOwn(table, key) ? table[key] : undefined;
    if (got === undefined) {
      problems.push(`${at}: missing`);
    } else if (typeof want === 'object' && want !== null) {
      if (typeof got !== 'object' || got === null) problems.push(`${at}: should be a section`);
      else problems.push(...structureProblems(want as Tree, got as Tree, at));
    } else if (typeof got !== typeof want) {
      problems.push(`${at}: should be a ${typeof want}, is a ${typeof got}`);
    } else if (typeof want === 'function') {
      const f = got as (...a: unknown[]) => unknown;
      if (f.length !== (want as typeof f).length) problems.push(`${at}: takes ${f.length} parameters, English takes ${(want as typeof f).length}`);
      const text = sample(f);
      const missing = shown(sample(want)).filter((arg) => !text.includes(arg));
      const invented = shown(text).filter((arg) => !shown(sample(want)).includes(arg));
      if (missing.length) problems.push(`${at}: drops placeholder ${missing.map((a) => ARGS.indexOf(a) + 1).join(', ')} (${text})`);
      if (invented.length) problems.push(`${at}: shows a parameter English does not (${text})`);
      for (const n of [0, 1, 2, 3, 5, 11, 22, 101, 1.5]) {
        const out = String(f(...Array.from({ length: f.length }, () => n)));
        if (/undefined|NaN|\[object/.test(out)) problems.push(`${at}(${n}): ${out}`);
      }
    } else if (typeof got === 'string' && !got.trim()) {
      problems.push(`${at}: empty`);
    }
  }
  for (const key of Object.keys(table)) if (!Object.hasOwn(en, key)) problems.push(`${path ? `${path}.` : ''}${key}: not in the English table`);
  return problems;
}

/** Paths whose text (with the sample arguments) is the same as the English, other than bare placeholders. */
export function sameAsEnglish(en: Tree, table: Tree, path = ''): string[] {
  const same: string[] = [];
  for (const key of Object.keys(en)) {
    const at = path ? `${path}.${key}` : key;
    const want = en[key];
    const got = table[key];
    if (typeof want === 'object' && want !== null) {
      if (typeof got === 'object' && got !== null) same.push(...sameAsEnglish(want as Tree, got as Tree, at));
    } else if (typeof got === typeof want) {
      const text = sample(got);
      // "37, 58, 83" (a source line) or "37 min" say nothing in any language.
      if (text === sample(want) && /\p{L}{4,}/u.test(text.replace(/\b(min|JSON|HTTP|URL)\b/g, ''))) same.push(at);
    }
  }
  return same;
}

/** The plural categories `Intl.PluralRules` uses for `lang` that its table does not give. */
export function missingPluralCategories(lang: string, declared: readonly PluralCategory[]): string[] {
  const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  return needed.filter((c) => !declared.includes(c));
}

export { declaredPluralCategories } from '../../src/messages/format.js';

/** The whole English table, every section: the reference each language's table is checked against. */
export function englishTable(): Messages {
  const { tip, quiz, progress, worksheet } = messagesFor('en');
  return { tip, quiz, card: cardMessagesFor('en'), progress, worksheet };
}
