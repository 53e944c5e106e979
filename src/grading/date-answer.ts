/**
 * Reads a typed answer as a calendar date in the forms people write: "19 May 2025", "May 19, 2025",
 * "19th of May", "19/05/2025" (day first), "2025-05-19", "19. Mai 2025", "19 de mayo de 2025",
 * "December 2017". Month names in English, French, German, Spanish, Italian, Portuguese and Dutch
 * are read whatever the bank's language: a learner may answer in either. Two-digit years are not
 * read (is "19/05/25" 2025 or a typo?), nor is a year alone: "2016" stays a number.
 */
export interface DateAnswer {
  /** Absent for a month and year ("December 2017"). */
  day?: number;
  month: number;
  /** Absent for a day and month ("19 May"). */
  year?: number;
}

const MONTH_NAMES: ReadonlyArray<readonly string[]> = [
  ['january', 'jan', 'janvier', 'janv', 'januar', 'janner', 'enero', 'gennaio', 'janeiro', 'januari'],
  ['february', 'feb', 'fevrier', 'fevr', 'fev', 'februar', 'febrero', 'febbraio', 'fevereiro', 'februari'],
  ['march', 'mar', 'mars', 'marz', 'marzo', 'marco', 'maart'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'aprile'],
  ['may', 'mai', 'mayo', 'maggio', 'maio', 'mei'],
  ['june', 'jun', 'juin', 'juni', 'junio', 'giugno', 'junho'],
  ['july', 'jul', 'juillet', 'juil', 'juli', 'julio', 'luglio', 'julho'],
  ['august', 'aug', 'aout', 'agosto', 'augustus'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'settembre', 'setembro'],
  ['october', 'oct', 'octobre', 'oktober', 'okt', 'octubre', 'ottobre', 'outubro'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro'],
  ['december', 'dec', 'decembre', 'dezember', 'dez', 'diciembre', 'dicembre', 'dezembro'],
];
const MONTHS: ReadonlyMap<string, number> = new Map(MONTH_NAMES.flatMap((names, i) => names.map((name) => [name, i + 1] as const)));

/** Words around a date that say nothing about it: "on the 19th of May", "in December", "am 19. Mai", "le 19 mai", weekdays. */
const FILLER = new Set([
  'the',
  'of',
  'on',
  'in',
  'le',
  'du',
  'en',
  'am',
  'im',
  'den',
  'der',
  'de',
  'del',
  'el',
  'il',
  'lo',
  'op',
  'van',
  'do',
  'em',
  'feira',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'lundi',
  'mardi',
  'mercredi',
  'jeudi',
  'vendredi',
  'samedi',
  'dimanche',
  'montag',
  'dienstag',
  'mittwoch',
  'donnerstag',
  'freitag',
  'samstag',
  'sonntag',
  'lunes',
  'martes',
  'miercoles',
  'jueves',
  'viernes',
  'sabado',
  'domingo',
  'lunedi',
  'martedi',
  'mercoledi',
  'giovedi',
  'venerdi',
  'sabato',
  'segunda',
  'terca',
  'quarta',
  'quinta',
  'sexta',
  'maandag',
  'dinsdag',
  'woensdag',
  'donderdag',
  'vrijdag',
  'zaterdag',
  'zondag',
]);

function daysIn(month: number, year: number | undefined): number {
  if (month === 2) return year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function dateOf(day: number | undefined, month: number, year: number | undefined): DateAnswer | null {
  if (month < 1 || month > 12) return null;
  if (day !== undefined && (day < 1 || day > daysIn(month, year))) return null;
  if (day === undefined && year === undefined) return null;
  return { ...(day !== undefined && { day }), month, ...(year !== undefined && { year }) };
}

/**
 * "19/05/2025", "19.05.2025", "2025-05-19", "19/05", "19.05.", "05/2025", "2025-05": day first, month
 * first only when day first is impossible. Forms a decimal number could take ("1.5", "5.2025") are not dates.
 */
function numericDate(s: string): DateAnswer | null {
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s);
  if (m) return dateOf(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})\s?[-/.]\s?(\d{1,2})\s?[-/.]\s?(\d{4})$/.exec(s);
  if (m) return dateOf(Number(m[1]), Number(m[2]), Number(m[3])) ?? dateOf(Number(m[2]), Number(m[1]), Number(m[3]));
  m = /^(\d{1,2})(?:\/(\d{1,2})|\.(\d{1,2})\.)$/.exec(s);
  if (m) return dateOf(Number(m[1]), Number(m[2] ?? m[3]), undefined);
  m = /^(\d{1,2})\/(\d{4})$/.exec(s);
  if (m) return dateOf(undefined, Number(m[1]), Number(m[2]));
  m = /^(\d{4})[-/](\d{1,2})$/.exec(s);
  return m ? dateOf(undefined, Number(m[2]), Number(m[1])) : null;
}

/** "19 May 2025", "May 19th, 2025", "the 19th of May", "December 2017", once ordinals and filler are gone. */
function wordDate(s: string): DateAnswer | null {
  const tokens = s
    .replace(/(?<=\d)(st|nd|rd|th|er|re|e|eme|o|a|º|ª|°)(?![\p{L}\d])/gu, '')
    .split(/[^\p{L}\d]+/u)
    .filter((t) => t && !FILLER.has(t));
  // One letter per token: Month name, Day (one or two digits), Year (four digits), or something else.
  const shape = tokens.map((t) => (MONTHS.has(t) ? 'M' : /^\d{1,2}$/.test(t) ? 'D' : /^\d{4}$/.test(t) ? 'Y' : '?')).join('');
  if (!['DM', 'DMY', 'MD', 'MDY', 'MY', 'YMD'].includes(shape)) return null;
  const number = (kind: string) => (shape.includes(kind) ? Number(tokens[shape.indexOf(kind)]) : undefined);
  return dateOf(number('D'), MONTHS.get(tokens[shape.indexOf('M')] ?? '') ?? 0, number('Y'));
}

/** The date a typed answer names, or null when it is not (only) a date. */
export function parseDateAnswer(raw: string): DateAnswer | null {
  const s = raw
    .normalize('NFKD')
    .replace(/[\p{M}\p{Cf}]+/gu, '')
    .toLowerCase()
    .trim();
  if (!/\d/.test(s)) return null;
  return numericDate(s) ?? wordDate(s);
}

/**
 * The accepted answer, among `accept`, that names the date the learner wrote; null when the learner
 * wrote no date or another one. Day and month must agree. A year must agree when the accepted
 * date has one, and then one is required; an accepted date without a year leaves it optional,
 * unless another accepted answer gives the year for the same day, which a written year must match.
 */
export function matchingDate(response: string, accept: readonly string[]): string | null {
  const given = parseDateAnswer(response);
  if (!given) return null;
  const sameDay = accept.flatMap((text) => {
    const date = parseDateAnswer(text);
    return date && date.day === given.day && date.month === given.month ? [{ text, year: date.year }] : [];
  });
  if (given.year === undefined) return sameDay.find((d) => d.year === undefined)?.text ?? null;
  const withYear = sameDay.filter((d) => d.year !== undefined);
  if (withYear.length > 0) return withYear.find((d) => d.year === given.year)?.text ?? null;
  return sameDay[0]?.text ?? null;
}
