/**
 * Warnings for attribute values an element cannot use: a teacher who writes `mode="test"` or `count="ten"` must
 * learn that the quiz is not what they set up. Written for the page's developer, in the console, in English like
 * every console message of the library; each element, attribute and value once per page (a page of a thousand tips
 * with one bad value warns once).
 */
const warned = new Set<string>();

export interface InvalidAttribute {
  /** The element's tag, e.g. `defence-quiz`. */
  tag: string;
  attribute: string;
  /** The value found, as written. */
  value: string;
  /** What the attribute takes, e.g. `"practice" or "exam"`. */
  expected: string;
  /** What the element does instead, e.g. `"practice"`. */
  instead: string;
}

export function warnInvalidAttribute({ tag, attribute, value, expected, instead }: InvalidAttribute): void {
  const key = JSON.stringify([tag, attribute, value]);
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(`<${tag}> ${attribute}="${value}" is not valid (expected ${expected}); using ${instead} instead.`);
}
