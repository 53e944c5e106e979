/**
 * `dist/defence-learning.js`, the one script a teacher copies: it loads each element's code only
 * when that element is on the page (or appears later), so a page pays for what it shows.
 *
 * `<defence-quiz>` loads dist/quiz.js, `<fact-card>` dist/fact-card.js, and `<acronym-tip>` or a
 * `[data-acronyms]` element dist/acronym-tip.js. Each entry's shared chunks are requested together
 * with it (the build writes the lists into CHUNKS), so a page waits two round trips at most: this
 * script, then everything the element needs, in parallel.
 *
 * An element marked `loading="lazy"` (an annotated element: `data-acronyms-loading="lazy"`), as an
 * image below the fold is, loads its code only once it comes within half a screen of the viewport:
 * a long course page pays on load only for the elements a reader sees first. Elements of a kind
 * not so marked load theirs at once, as without the attribute.
 *
 * The functions exported here load their entry first and so return promises.
 */
import type { annotateAcronyms as annotate, removeAcronyms as remove } from '../acronym-tip/annotate-acronyms.js';
import type { markCardsForReview as markCards } from '../storage/card-states.js';

type Entry = 'quiz' | 'fact-card' | 'acronym-tip';

/** Replaced by the build (rollup.config.mjs) with each entry's chunks, as JSON: `{"quiz": ["chunks/lit-….js", …]}`. */
const CHUNKS = '__DEFENCE_LEARNING_CHUNKS__';

const TRIGGERS: ReadonlyArray<[selector: string, entry: Entry]> = [
  ['defence-quiz', 'quiz'],
  ['fact-card', 'fact-card'],
  ['acronym-tip, [data-acronyms]', 'acronym-tip'],
];

const loads = new Map<Entry, Promise<unknown>>();

/** Loads an entry and its chunks in parallel; once per page, whatever asks. */
function load(entry: Entry): Promise<unknown> {
  let loading = loads.get(entry);
  if (!loading) {
    const chunks = (JSON.parse(CHUNKS) as Partial<Record<Entry, string[]>>)[entry] ?? [];
    const url = (file: string) => new URL(file, import.meta.url).href;
    loading = Promise.all([import(url(`${entry}.js`)), ...chunks.map((file) => import(url(file)))]).then(([module]) => module as unknown);
    loads.set(entry, loading);
  }
  return loading;
}

/** Whether an element asks for its code only near the viewport (`loading="lazy"`, read as `<img loading>` is). */
const isLazy = (element: Element) => /^lazy$/i.test(element.getAttribute('loading') ?? element.getAttribute('data-acronyms-loading') ?? '');

let nearViewport: IntersectionObserver | undefined;

/** Loads the code of a lazy element's kind once the element nears the viewport. */
function loadWhenNear(element: Element): void {
  nearViewport ??= new IntersectionObserver(
    (records) => {
      for (const { target, isIntersecting } of records) {
        if (!isIntersecting) continue;
        nearViewport?.unobserve(target);
        for (const [selector, entry] of TRIGGERS) if (target.matches(selector)) void load(entry);
      }
    },
    // Half a screen above and below: the code and the element's content have the time it takes to scroll that far.
    { rootMargin: '50% 0px' },
  );
  nearViewport.observe(element);
}

/** Loads the entries whose elements are in `root` now; for lazy ones, once one of them nears the viewport. */
function loadFor(root: ParentNode): void {
  for (const [selector, entry] of TRIGGERS) {
    if (loads.has(entry)) continue;
    const found = [...(root instanceof Element && root.matches(selector) ? [root] : []), ...root.querySelectorAll(selector)];
    if (found.some((element) => !isLazy(element))) void load(entry);
    else found.forEach(loadWhenNear);
  }
}

function watch(): void {
  loadFor(document);
  new MutationObserver((records) => {
    if (loads.size === TRIGGERS.length) return;
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) loadFor(node);
      if (record.type === 'attributes' && record.target instanceof Element) loadFor(record.target);
    }
  }).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-acronyms'] });
}

if (typeof document !== 'undefined') {
  if (document.readyState === 'loading') {
    // Elements already parsed load now; the rest as the parser adds them (the observer sees those).
    loadFor(document);
    document.addEventListener('DOMContentLoaded', watch, { once: true });
  } else {
    watch();
  }
}

/** Annotates `root` with acronym tips (see `annotateAcronyms` in `defence-learning/acronym-tip`). */
export async function annotateAcronyms(...args: Parameters<typeof annotate>): Promise<Awaited<ReturnType<typeof annotate>>> {
  const tips = (await load('acronym-tip')) as { annotateAcronyms: typeof annotate };
  return tips.annotateAcronyms(...args);
}

/** Takes the tips out of `root`, restoring its text exactly. */
export async function removeAcronyms(...args: Parameters<typeof remove>): Promise<ReturnType<typeof remove>> {
  const tips = (await load('acronym-tip')) as { removeAcronyms: typeof remove };
  return tips.removeAcronyms(...args);
}

/** Makes these fact cards due first in the learner's next deck session. */
export async function markCardsForReview(...args: Parameters<typeof markCards>): Promise<void> {
  const cards = (await load('fact-card')) as { markCardsForReview: typeof markCards };
  return cards.markCardsForReview(...args);
}

/** Resolves once the code of these elements is loaded (and the elements defined), whether or not they are on the page yet. */
export function loadElements(...names: Array<'defence-quiz' | 'fact-card' | 'acronym-tip'>): Promise<unknown[]> {
  const entryOf = { 'defence-quiz': 'quiz', 'fact-card': 'fact-card', 'acronym-tip': 'acronym-tip' } as const;
  return Promise.all(names.map((name) => load(entryOf[name])));
}
