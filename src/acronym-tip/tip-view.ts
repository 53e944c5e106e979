/**
 * The shadow tree of a tip and what it shows: built with the DOM (no Lit, for the standalone
 * bundle's size), text set as text, never as markup. The term's part is made with the element, the
 * tooltip when it first opens.
 */
import { tablesVersion } from '../messages/registry.js';
import { tipMessagesFor } from '../messages/tip-messages.js';
import type { TipEntry, TipSource } from './read-glossary.js';

let trigger: HTMLElement | undefined;
let box: HTMLElement | undefined;

const part = (tag: string, name: string) => {
  const el = document.createElement(tag);
  el.className = name;
  el.setAttribute('part', name);
  return el;
};

/** The term's side of a tip's shadow tree, cloned for each: annotation may create thousands. */
export function shadowContent(): HTMLElement {
  if (!trigger) {
    // Ready for a known term, the usual case; showKnown() undoes it for an unknown one.
    trigger = part('span', 'trigger');
    trigger.classList.add('known');
    trigger.tabIndex = 0;
    trigger.append(document.createElement('slot'));
  }
  return trigger.cloneNode(true) as HTMLElement;
}

/**
 * The tooltip itself, built when a tip first opens: until a reader touches a term, its tip costs
 * the term's element and nothing more (an article in 'all' mode may hold thousands).
 */
export function tipBox(): HTMLElement {
  if (!box) {
    box = part('div', 'tip');
    box.id = 'tip';
    box.setAttribute('role', 'tooltip');
    box.setAttribute('popover', 'manual');
    box.append(part('span', 'expansion'), part('span', 'definition'), part('span', 'source'));
  }
  return box.cloneNode(true) as HTMLElement;
}

const sourceLines = new WeakMap<TipSource, Map<string, string>>();

/** "Source: …" in the page's language, worded once per source and language. */
function sourceLine(source: TipSource, lang: string): string {
  let byLang = sourceLines.get(source);
  if (!byLang) sourceLines.set(source, (byLang = new Map<string, string>()));
  // Until a language's table arrives the line is English: the table's version is part of the key.
  const key = `${lang} ${tablesVersion()}`;
  let line = byLang.get(key);
  if (line === undefined) {
    const text = tipMessagesFor(lang);
    line = 'url' in source ? text.webSource(source.note, source.url) : text.source(source.title, source.publisher, source.date);
    byLang.set(key, line);
  }
  return line;
}

/** Writes the entry into the tip's three parts (empty for none); `lang` is the page's, for the source line. */
export function showEntry(parts: HTMLCollection, entry: TipEntry | undefined, lang: string): void {
  // The leading spaces keep the parts apart when the description is read out; at the start of a block they do not show.
  const texts = [entry?.expansion ?? '', entry ? ` ${entry.definition}` : '', entry?.source ? ` ${sourceLine(entry.source, lang)}` : ''];
  for (const [i, text] of texts.entries()) {
    const part = parts[i];
    if (part) part.textContent = text;
  }
}

/** A known term is underlined, described by its tip once there is one, and (unless a repeat) focusable; an unknown one is plain text. */
export function showKnown(trigger: HTMLElement, known: boolean | 'focusable', hasBox: boolean): void {
  trigger.classList.toggle('known', !!known);
  if (known === 'focusable') trigger.tabIndex = 0;
  else trigger.removeAttribute('tabindex');
  if (known && hasBox) trigger.setAttribute('aria-describedby', 'tip');
  else trigger.removeAttribute('aria-describedby');
}
