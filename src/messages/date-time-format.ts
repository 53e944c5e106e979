/**
 * `Intl.DateTimeFormat` for `lang`, or, where the browser has no dates in that language (Chromium
 * has none in Irish or Maltese, and would write them in American English), the date and time in
 * figures, day first, so no English word appears in a translated interface.
 */
export function dateTimeFormat(lang: string, options: Pick<Intl.DateTimeFormatOptions, 'dateStyle' | 'timeStyle'>): Intl.DateTimeFormat {
  if (Intl.DateTimeFormat.supportedLocalesOf([lang]).length > 0) return new Intl.DateTimeFormat(lang, options);
  const figures: Intl.DateTimeFormatOptions = {};
  if (options.dateStyle) Object.assign(figures, { year: 'numeric', month: '2-digit', day: '2-digit' });
  if (options.timeStyle) Object.assign(figures, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return new Intl.DateTimeFormat('en-GB', figures);
}
