/**
 * The Intl formatting a message table needs, bound to its language, so that locale files stay
 * declarative: `n(6.9)` is "6,9" in French, `plural(n, { one: …, other: … })` picks the form
 * `Intl.PluralRules` names. A table lists the plural categories its language has, and TypeScript
 * then requires every `plural` call to give each of them (tests check the list against Intl).
 */

export type PluralCategory = Intl.LDMLPluralRule;

export interface LocaleFormat<C extends PluralCategory> {
  /** The language these formatters are for. */
  readonly lang: string;
  /** The plural categories the table was written for, in CLDR order. */
  readonly categories: readonly C[];
  /** A number as the language writes it ("6,9", "1 000"). */
  n(value: number | string): string;
  /** A percentage given as 0–100 ("80 %", "80%"). */
  percent(value: number): string;
  /** The form for `count`, chosen by `Intl.PluralRules`; a function gets the formatted number. */
  plural(count: number | string, forms: Record<C, string | ((n: string) => string)>): string;
  /** "a, b and c" in the language. */
  list(items: readonly string[]): string;
}

const declared = new Map<string, readonly PluralCategory[]>();

/** The plural categories each table was written for, by language, to check against `Intl.PluralRules` (a test does). */
export function declaredPluralCategories(): ReadonlyMap<string, readonly PluralCategory[]> {
  return declared;
}

/** Formatters for `lang`, whose plural categories are `categories` (e.g. ['one', 'few', 'many', 'other'] for Polish). */
export function localeFormat<const C extends PluralCategory>(lang: string, categories: readonly C[]): LocaleFormat<C> {
  declared.set(lang, categories);
  // Created on first use: a page that never shows a count builds no PluralRules.
  let number: Intl.NumberFormat | undefined;
  let percent: Intl.NumberFormat | undefined;
  let rules: Intl.PluralRules | undefined;
  let lists: Intl.ListFormat | undefined;
  const n = (value: number | string) => (number ??= new Intl.NumberFormat(lang, { maximumFractionDigits: 2 })).format(Number(value));
  return {
    lang,
    categories,
    n,
    percent: (value) => (percent ??= new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 })).format(value / 100),
    plural(count, forms) {
      const category = (rules ??= new Intl.PluralRules(lang)).select(Number(count)) as C;
      // Intl may name a category the table does not write ("few" for a table with one and other).
      const form = (forms as Partial<typeof forms>)[category] ?? forms['other' as C];
      return typeof form === 'function' ? form(n(count)) : form;
    },
    list: (items) => (lists ??= new Intl.ListFormat(lang, { type: 'conjunction' })).format(items),
  };
}
