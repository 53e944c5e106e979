/**
 * The public API to add a language or reword strings. A page that adds Ukrainian:
 * `registerLanguage('uk', { quiz: { start: 'Почати', … }, … })`; a page that prefers its own word:
 * `registerMessages('en', { quiz: { start: 'Begin' } })`. Elements on the page render again at once.
 */
import { languageTag, primaryLanguage } from './lang.js';
import type { Messages } from './messages.js';
import { addOverride, setTable } from './registry.js';

/** Any part of a message table: sections may be partial, strings and functions are whole. */
export type PartialMessages<T = Messages> = {
  [K in keyof T]?: T[K] extends (...args: never[]) => unknown ? T[K] : T[K] extends object ? PartialMessages<T[K]> : T[K];
};

/**
 * Adds a language (or replaces a built-in one) with a whole table, typed like the English one; a
 * string it lacks is shown in English. The key is the language subtag: "uk-UA" registers "uk".
 */
export function registerLanguage(lang: string, table: Messages | PartialMessages): void {
  setTable(primaryLanguage(languageTag(lang)), table);
}

/** Replaces some strings of a language, built-in or registered, loaded yet or not; later calls win. */
export function registerMessages(lang: string, messages: PartialMessages): void {
  addOverride(primaryLanguage(languageTag(lang)), messages);
}
