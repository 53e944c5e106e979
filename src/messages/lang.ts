/**
 * Which language an element speaks: the closest `lang` attribute, read as pages write it. CMSs write
 * `en_US`, authors write `lang=""` or nonsense, and `Intl` throws a RangeError on any of those, so
 * every tag the library hands to `Intl` comes from `languageTag`, never from the markup directly.
 */

const valid = new Map<string, string>();

/** A well-formed BCP 47 tag for `raw` ("en_US" → "en-US"), or "en" when there is no usable one. */
export function languageTag(raw: string | null | undefined): string {
  const tag = (raw ?? '').trim().replaceAll('_', '-');
  let canonical = valid.get(tag);
  if (canonical === undefined) {
    try {
      canonical = Intl.getCanonicalLocales(tag)[0] ?? 'en';
    } catch {
      canonical = 'en';
    }
    valid.set(tag, canonical);
  }
  return canonical;
}

/** The language subtag of a well-formed tag, the key of the message tables ("fr-BE" → "fr"). */
export function primaryLanguage(tag: string): string {
  const [language = ''] = tag.split('-');
  return language.toLowerCase();
}

/**
 * The language in force at an element: its own or its closest ancestor's `lang`, looking through
 * shadow roots to their hosts, else the document's; always a tag `Intl` accepts.
 */
export function langOf(element: Element): string {
  // A server-side render (Lit SSR) has an element without DOM methods and no document: English.
  if (typeof element.closest !== 'function') return 'en';
  let node: Element | null = element;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    const lang = found?.getAttribute('lang');
    if (lang) return languageTag(lang);
    // lang="" says "unknown": look further out, as for no attribute at all.
    const from: Element = found ?? node;
    const root = from.getRootNode();
    node = found?.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
  return languageTag(document.documentElement.lang);
}
