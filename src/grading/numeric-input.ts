const decimalSeparators = new Map<string, string | undefined>();

/** The decimal separator of a language ("," for de, fr, pl…), or undefined when the language is not known. */
function decimalSeparatorOf(lang: string | undefined): string | undefined {
  if (!lang) return undefined;
  if (!decimalSeparators.has(lang)) {
    let separator: string | undefined;
    try {
      separator = new Intl.NumberFormat(lang.replaceAll('_', '-')).formatToParts(1.5).find((part) => part.type === 'decimal')?.value;
    } catch {
      separator = undefined;
    }
    decimalSeparators.set(lang, separator);
  }
  return decimalSeparators.get(lang);
}

/**
 * Reads a number as a learner types it: "2", "-3.5", "2,5" (decimal comma), "1,000,000",
 * "1 000 000" or "1.000.000" (thousands), "1.000,5"; "€2 million" is not a number, nor are "NaN"
 * and "Infinity". A trailing unit equal to the question's unit is allowed ("74 actions").
 * One group, "1.000" or "1,000", is read as the language writes it: with a decimal comma (de, fr,
 * pl…) "1.000" is a thousand and "1,000" one; otherwise, and without a language, the other way round.
 * Returns null for anything else, so the UI can ask again.
 */
export function parseNumericInput(raw: string, unit?: string, lang?: string): number | null {
  let s = raw
    .replace(/\p{Cf}+/gu, '')
    .normalize('NFKC')
    .trim()
    .replace(/[\u2212\u2013]/g, '-');
  if (unit) {
    const u = unit.normalize('NFKC').trim().toLowerCase();
    if (u && s.toLowerCase().endsWith(u)) s = s.slice(0, s.length - u.length).trim();
  }
  s = s.replace(/(?<=\d)[\s\u00a0\u202f'](?=\d{3}(\D|$))/g, '');
  if (decimalSeparatorOf(lang) === ',' && /^[-+]?\d{1,3}(\.\d{3})+$/.test(s)) s = s.replaceAll('.', '');
  else if (decimalSeparatorOf(lang) === ',' && /^[-+]?\d{1,3},\d{3}$/.test(s)) s = s.replace(',', '.');
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replaceAll(',', '');
  else if (/^[-+]?\d{1,3}((\.\d{3}){2,}(,\d+)?|\.\d{3},\d+)$/.test(s)) s = s.replaceAll('.', '').replace(',', '.');
  else if (/^[-+]?\d*,\d+$/.test(s)) s = s.replace(',', '.');
  // `\d+(\.\d*)?`, not `\d+\.?\d*`: the latter splits a long run of digits every possible way before failing (minutes).
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i.test(s)) return null;
  const value = Number(s);
  return Number.isFinite(value) ? value : null;
}

/** A numeric response as a number, or null when it is not one. */
export function numericValue(response: string | number | null | undefined, unit?: string, lang?: string): number | null {
  if (typeof response === 'number') return Number.isFinite(response) ? response : null;
  return typeof response === 'string' ? parseNumericInput(response, unit, lang) : null;
}
