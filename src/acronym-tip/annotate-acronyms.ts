/**
 * Wraps the glossary's terms in an article's text in `<acronym-tip>` elements, and takes them out
 * again. Written for speed on long pages: one pass of a TreeWalker over the text nodes, one
 * combined pattern per text (see term-matcher.ts), every DOM read before any write, and in
 * 'first' mode the walk stops as soon as every term has been found.
 */
import './acronym-tip.js';

import { REPEAT_ATTRIBUTE } from './acronym-tip.js';
import { chooseGlossary, type GlossaryChoice } from './choose-glossary.js';
import type { GlossaryIndex, TipEntry } from './read-glossary.js';
import { buildTermMatcher, normaliseTerm, type TermHit, type TermMatcher } from './term-matcher.js';

/** 'first': each term's first occurrence in the root only; 'all': every occurrence. */
export type AcronymMode = 'first' | 'all';

export interface AnnotateOptions extends GlossaryChoice {
  /** Which occurrences to annotate; 'first' when absent. */
  mode?: AcronymMode;
}

/** Marks the tips annotation wrote, so removal takes out those and leaves tips written by hand. */
const AUTO_ATTRIBUTE = 'data-acronyms-auto';

/**
 * Never annotated inside: code and preformatted text, links and controls (a focusable term inside
 * them would nest interactive content), headings, text already marked up as an abbreviation or a
 * tip, and what is not prose.
 */
const SKIPPED = new Set(
  'script style template noscript iframe svg math textarea select option pre code kbd samp a button label summary h1 h2 h3 h4 h5 h6 abbr acronym-tip'.split(
    ' ',
  ),
);

/**
 * Observers that must not see annotation's own writes (the `[data-acronyms]` watcher) are paused
 * around them: in 'all' mode a long article gets thousands of tips, each a mutation to skip.
 */
export const pausedWhileWriting = new Set<{ pause(): void; resume(): void }>();

function writing<T>(write: () => T): T {
  for (const observer of pausedWhileWriting) observer.pause();
  try {
    return write();
  } finally {
    for (const observer of pausedWhileWriting) observer.resume();
  }
}

const matchers = new WeakMap<GlossaryIndex, TermMatcher>();

function matcherFor(index: GlossaryIndex): TermMatcher {
  let matcher = matchers.get(index);
  if (!matcher) matchers.set(index, (matcher = buildTermMatcher(index.byName.keys())));
  return matcher;
}

function isSkipped(element: Element, nestedScopes: boolean): boolean {
  return (
    SKIPPED.has(element.localName) ||
    element.hasAttribute('contenteditable') ||
    element.hasAttribute('data-no-acronyms') ||
    (nestedScopes && element.hasAttribute('data-acronyms'))
  );
}

/** Whether `node` sits in a skipped element below `scope` (the scope itself is never skipped). */
function isInSkipped(node: Node, scope: Node, nestedScopes: boolean): boolean {
  for (let n: Node | null = node.nodeType === Node.ELEMENT_NODE ? node : node.parentNode; n && n !== scope; n = n.parentNode) {
    if (n.nodeType === Node.ELEMENT_NODE && isSkipped(n as Element, nestedScopes)) return true;
  }
  return false;
}

export interface Annotation {
  index: GlossaryIndex;
  /** The `glossary` attribute each new tip gets; null for the built-in glossary. */
  glossary: string | null;
  /** Entries of the built-in glossary in an index that extends it: their tips get no `glossary` attribute. */
  builtin?: ReadonlySet<TipEntry>;
  mode: AcronymMode;
  /** Leave `[data-acronyms]` elements inside the scope alone: they are scopes of their own. */
  nestedScopes: boolean;
}

/**
 * Annotates the text in `targets`, which lie inside `scope` (in 'first' mode, a term already
 * explained anywhere in the scope is not explained again). Synchronous; returns how many tips it added.
 */
export function annotateNow(scope: ParentNode & Node, targets: Node[], options: Annotation): number {
  const { index, glossary, mode, nestedScopes, builtin } = options;
  const matcher = matcherFor(index);
  const found = new Set<TipEntry>();
  // The first tip of each term already on the page, and (in 'first' mode) the first one written by
  // hand in the scope: a term is explained again only before them, never after.
  const firstTip = new Map<TipEntry, Element>();
  const handWritten = new Map<TipEntry, Element>();
  const root = scope.getRootNode() as ParentNode & Node;
  for (const tip of root.querySelectorAll('acronym-tip')) {
    const entry = index.byName.get(normaliseTerm(tip.getAttribute('term') ?? tip.textContent));
    if (!entry) continue;
    if (!tip.hasAttribute(REPEAT_ATTRIBUTE) && !firstTip.has(entry)) firstTip.set(entry, tip);
    if (mode !== 'first' || !scope.contains(tip)) continue;
    if (tip.hasAttribute(AUTO_ATTRIBUTE)) found.add(entry);
    else if (!handWritten.has(entry)) handWritten.set(entry, tip);
  }
  const precedes = (tip: Element | undefined, node: Node) => !!tip && (tip.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  const done = () => mode === 'first' && found.size === index.size;
  const filter = (node: Node) =>
    node.nodeType === Node.TEXT_NODE ? NodeFilter.FILTER_ACCEPT : isSkipped(node as Element, nestedScopes) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;

  // Read everything first: which text nodes hold which terms.
  const jobs: Array<[Text, Array<TermHit & { repeat: boolean }>]> = [];
  // One tab stop per term (see the README): a term explained earlier on the page is hoverable and tappable, not focusable.
  const tabStops = new Set<TipEntry>();
  const isRepeat = (entry: TipEntry, text: Text) => {
    if (tabStops.has(entry) || precedes(firstTip.get(entry), text)) return true;
    tabStops.add(entry);
    return false;
  };
  // Added content may arrive as a node and its descendant: each text is read once.
  const seen = targets.length > 1 ? new Set<Text>() : null;
  const shortest = matcher.names.at(-1)?.length ?? 1;
  const visit = (text: Text) => {
    if (text.length < shortest) return;
    if (seen) {
      if (seen.has(text)) return;
      seen.add(text);
    }
    let hits = matcher.find(text.data);
    if (mode === 'first') {
      hits = hits.filter((hit) => {
        const entry = index.byName.get(hit.name)!;
        if (found.has(entry)) return false;
        found.add(entry);
        return !precedes(handWritten.get(entry), text);
      });
    }
    if (hits.length) jobs.push([text, hits.map((hit) => ({ ...hit, repeat: isRepeat(index.byName.get(hit.name)!, text) }))]);
  };
  for (const target of targets) {
    if (done()) break;
    if (target !== scope && isInSkipped(target, scope, nestedScopes)) continue;
    if (target.nodeType === Node.TEXT_NODE) {
      visit(target as Text);
      continue;
    }
    const walker = (target.ownerDocument ?? (target as Document)).createTreeWalker(target, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, filter);
    for (let node = walker.nextNode(); node && !done(); node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) visit(node as Text);
    }
  }

  // Then write: each text node is replaced at once by its pieces and tips. Tips are cloned from
  // one prototype, which carries their attributes.
  const [firstJob] = jobs;
  if (!firstJob) return 0;
  const doc = firstJob[0].ownerDocument;
  const prototype = (own: boolean, repeat: boolean) => {
    const tip = doc.createElement('acronym-tip');
    tip.setAttribute(AUTO_ATTRIBUTE, '');
    if (own && glossary) tip.setAttribute('glossary', glossary);
    if (repeat) tip.setAttribute(REPEAT_ATTRIBUTE, '');
    return tip;
  };
  const prototypes = [
    [prototype(false, false), prototype(false, true)],
    [prototype(true, false), prototype(true, true)],
  ] as const;
  let added = 0;
  writing(() => {
    for (const [text, hits] of jobs) {
      const data = text.data;
      const pieces = doc.createDocumentFragment();
      let at = 0;
      for (const hit of hits) {
        if (hit.start > at) pieces.append(data.slice(at, hit.start));
        const own = !builtin?.has(index.byName.get(hit.name)!);
        const tip = prototypes[own ? 1 : 0][hit.repeat ? 1 : 0].cloneNode() as Element;
        tip.append(data.slice(hit.start, hit.end));
        pieces.append(tip);
        at = hit.end;
      }
      if (at < data.length) pieces.append(data.slice(at));
      text.replaceWith(pieces);
      added += hits.length;
    }
  });
  return added;
}

/**
 * Explains the glossary's terms found in the text under `root`: each becomes an `<acronym-tip>`.
 * Leaves alone code, links, buttons, headings, editable regions, existing tips and anything
 * under `[data-no-acronyms]`. Running it again adds nothing new. Resolves to the number of tips
 * added; never rejects (an unusable glossary is reported in the console and adds none).
 */
export async function annotateAcronyms(root: ParentNode & Node, options: AnnotateOptions = {}): Promise<number> {
  const chosen = await chooseGlossary(options);
  if (!chosen) return 0;
  return annotateNow(root, [root], { ...chosen, mode: options.mode ?? 'first', nestedScopes: false });
}

/** Takes out every tip that annotation added under `root`, restoring the text as it was. Returns how many. */
export function removeAcronyms(root: ParentNode): number {
  const tips = root.querySelectorAll(`acronym-tip[${AUTO_ATTRIBUTE}]`);
  writing(() => {
    for (const tip of tips) {
      const text = tip.textContent;
      const before = tip.previousSibling;
      const after = tip.nextSibling;
      // Rejoined with its neighbours, the text is again the single node it was split from.
      if (before?.nodeType === Node.TEXT_NODE) {
        (before as Text).appendData(text + (after?.nodeType === Node.TEXT_NODE ? (after as Text).data : ''));
        if (after?.nodeType === Node.TEXT_NODE) after.remove();
        tip.remove();
      } else if (after?.nodeType === Node.TEXT_NODE) {
        (after as Text).insertData(0, text);
        tip.remove();
      } else tip.replaceWith(text);
    }
  });
  return tips.length;
}
