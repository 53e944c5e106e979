/**
 * Articles a learner may put before a typed answer ("the European Defence Fund", "l'Union"), by the
 * bank's language. They are compared after `normaliseAnswer`, so they are written here lower case,
 * without accents, and "l'" is the word "l" (the apostrophe became a space).
 */
const ARTICLES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    en: ['the', 'a', 'an'],
    fr: ['le', 'la', 'les', 'l', 'un', 'une', 'des'],
    de: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines'],
    es: ['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas'],
    it: ['il', 'lo', 'la', 'i', 'gli', 'le', 'l', 'un', 'uno', 'una'],
    pt: ['o', 'a', 'os', 'as', 'um', 'uma', 'uns', 'umas'],
    nl: ['de', 'het', 't', 'een'],
  }).map(([lang, words]) => [lang, new Set(words)]),
);

/**
 * The primary language subtag of a bank's `lang`, tolerant of CMS spellings ("en_US", "EN").
 * Absent, English: the language of every built-in bank, and of callers that do not say.
 */
export function primaryLanguage(lang: string | undefined): string {
  const [primary = ''] = (lang ?? 'en').trim().split(/[-_]/);
  return primary.toLowerCase();
}

/**
 * Drops one leading article from normalised words, when something is left after it: "the" alone
 * stays "the". A language without a list here drops nothing.
 */
export function withoutLeadingArticle(words: readonly string[], lang: string | undefined): readonly string[] {
  const articles = ARTICLES.get(primaryLanguage(lang));
  const [first, ...rest] = words;
  return first !== undefined && rest.length > 0 && articles?.has(first) ? words.slice(1) : words;
}
