/**
 * The strings of `<acronym-tip>`, apart from the main table so the standalone tip bundle
 * (dist/acronym-tip.js, 10 KB budget) does not carry every other element's strings. The main
 * table in messages.ts includes them as its `tip` section; other languages come with their
 * table (locales/<lang>.ts), loaded when a tip first needs them.
 */
import { sectionFor } from './registry.js';

export const tipEn = {
  source: (title: string, publisher: string, date: string) => `Source: ${title}, ${publisher}, ${date}.`,
  webSource: (note: string, url: string) => `Source: ${url}. ${note}`,
};

export type TipMessages = typeof tipEn;

/** The tip strings for a BCP 47 tag, English while its table loads or when there is none. */
export function tipMessagesFor(lang: string | null | undefined): TipMessages {
  return sectionFor('tip', tipEn, lang);
}
