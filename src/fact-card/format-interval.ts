export type IntervalUnit = 'min' | 'h' | 'd' | 'mo' | 'y';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** One decimal below ten ("1.5"), whole numbers above, as flashcard apps write intervals. */
function amount(value: number): string {
  const rounded = value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
  return String(rounded);
}

/**
 * An interval in the largest unit that keeps it readable: "10 min", "5 h", "3 d", "2.5 mo", "1.2 y".
 * Minutes, hours and days are whole; anything under a minute counts as one minute.
 */
export function intervalParts(ms: number): { unit: IntervalUnit; amount: string } {
  if (ms < HOUR) return { unit: 'min', amount: String(Math.max(1, Math.round(ms / MINUTE))) };
  // 23.5 hours and more read as a day: "24 h" then "1 d" for nearly the same wait says two things.
  if (ms < DAY - HOUR / 2) return { unit: 'h', amount: String(Math.round(ms / HOUR)) };
  const days = Math.round(ms / DAY);
  if (days < 30) return { unit: 'd', amount: String(days) };
  if (days < 365) return { unit: 'mo', amount: amount(days / 30.44) };
  return { unit: 'y', amount: amount(days / 365.25) };
}
