/**
 * The message tables a page has, by language subtag: the built-in ones, each loaded with a dynamic
 * `import()` the first time an element asks for its language (so a page pays only for the languages
 * it shows), the ones a page registers, and a page's overrides of single strings. It knows nothing of
 * the English table, so the standalone tip bundle can use it without carrying the other elements' strings.
 */

import { languageTag, primaryLanguage } from './lang.js';

/** A message table, or a part of one: strings, functions and nested sections. */
export interface Table {
  [key: string]: unknown;
}

/** Every language with a built-in table besides English, the official languages of the EU. */
const builtin: Record<string, () => Promise<{ default: Table }>> = {
  bg: () => import('./locales/bg.js'),
  cs: () => import('./locales/cs.js'),
  da: () => import('./locales/da.js'),
  de: () => import('./locales/de.js'),
  el: () => import('./locales/el.js'),
  es: () => import('./locales/es.js'),
  et: () => import('./locales/et.js'),
  fi: () => import('./locales/fi.js'),
  fr: () => import('./locales/fr.js'),
  ga: () => import('./locales/ga.js'),
  hr: () => import('./locales/hr.js'),
  hu: () => import('./locales/hu.js'),
  it: () => import('./locales/it.js'),
  lt: () => import('./locales/lt.js'),
  lv: () => import('./locales/lv.js'),
  mt: () => import('./locales/mt.js'),
  nl: () => import('./locales/nl.js'),
  pl: () => import('./locales/pl.js'),
  pt: () => import('./locales/pt.js'),
  ro: () => import('./locales/ro.js'),
  sk: () => import('./locales/sk.js'),
  sl: () => import('./locales/sl.js'),
  sv: () => import('./locales/sv.js'),
};

/** The languages with a built-in table, English included. */
export const builtinLanguages: readonly string[] = ['en', ...Object.keys(builtin)];

const tables = new Map<string, Table>();
const overrides = new Map<string, Table[]>();
const requested = new Set<string>();
const listeners = new Set<() => void>();
let version = 0;

/** Goes up each time a table arrives or changes, so a cache or an element knows to re-read. */
export function tablesVersion(): number {
  return version;
}

function changed() {
  version++;
  for (const listener of listeners) listener();
}

/** Calls `listener` whenever a table arrives or changes; returns the function that stops it. */
export function onTablesChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const isSection = (value: unknown): value is Table => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `base` with `over`'s strings and functions in place of its own, section by section; neither object is changed. */
export function mergeTables<T extends Table>(base: T, over: Table | undefined): T {
  if (!over) return base;
  const out: Table = { ...base };
  for (const key of Object.keys(over)) {
    if (key === '__proto__') continue;
    const value = over[key];
    const own = Object.hasOwn(base, key) ? base[key] : undefined;
    if (isSection(own) && isSection(value)) out[key] = mergeTables(own, value);
    // A string where the base has a function (or the reverse) would break a call site: the base's stays.
    else if (own === undefined || typeof value === typeof own) out[key] = value;
  }
  return out as T;
}

/** The table for a language subtag with the page's overrides, or undefined while it loads or when there is none. */
export function tableFor(language: string): Table | undefined {
  const load = Object.hasOwn(builtin, language) ? builtin[language] : undefined;
  if (!tables.has(language) && !requested.has(language) && load) {
    requested.add(language);
    load().then(
      (module) => {
        // A table the page registered meanwhile wins over the built-in one.
        if (!tables.has(language)) {
          tables.set(language, module.default);
          changed();
        }
      },
      // Offline, or a chunk missing on the server: the interface stays in English, and a later element may try again.
      () => requested.delete(language),
    );
  }
  const own = overrides.get(language);
  const table = tables.get(language);
  return own ? own.reduce<Table>((merged, over) => mergeTables(merged, over), table ?? {}) : table;
}

/**
 * One section of the strings for a BCP 47 tag, kept apart from the main table so that a page carries only its own
 * element's English (tip-messages.ts, card-messages.ts): `english` with a page's English overrides, then the language's
 * own section where it has one (English while its table loads or where it lacks a string).
 */
export function sectionFor<T extends Table>(section: string, english: T, lang: string | null | undefined): T {
  const language = primaryLanguage(languageTag(lang));
  const base = mergeTables(english, tableFor('en')?.[section] as Table | undefined);
  return language === 'en' ? base : mergeTables(base, tableFor(language)?.[section] as Table | undefined);
}

/** Sets the whole table of a language, in place of any built-in one. */
export function setTable(language: string, table: Table): void {
  tables.set(language, table);
  changed();
}

/** Adds strings that replace a language's own, whether its table is loaded yet or not. */
export function addOverride(language: string, partial: Table): void {
  overrides.set(language, [...(overrides.get(language) ?? []), partial]);
  changed();
}
