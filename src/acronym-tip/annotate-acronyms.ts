/**
 * Wraps the glossary's terms in an article's text in `<acronym-tip>` elements, and takes them out
 * again. Written for long pages: one walk over the text nodes in slices of a few milliseconds with
 * turns for rendering between them, one combined pattern per text (see term-matcher.ts),
 * each slice's reads before its writes, and in 'first' mode a pattern that shrinks as terms are
 * found and a walk that stops once all are.
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
    (element.hasAttribute('contenteditable') && element.getAttribute('contenteditable') !== 'false') ||
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

/**
 * Whether text under `root` is off limits whatever the scope: a form field (its text is its value) or
 * an editable region (what a person types is theirs), the root itself or around it.
 */
function isEditable(root: Node): boolean {
  const doc = root.ownerDocument ?? (root as Document);
  if (doc.designMode === 'on') return true;
  for (let n: Node | null = root; n; n = n instanceof ShadowRoot ? n.host : n.parentNode) {
    if (n.nodeType !== Node.ELEMENT_NODE) continue;
    const element = n as Element;
    if (FIELDS.has(element.localName)) return true;
    const editable = element.getAttribute('contenteditable');
    if (editable !== null) return editable !== 'false';
  }
  return false;
}

const FIELDS = new Set(['textarea', 'input', 'select', 'option']);

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
 * The longest stretch annotation works without giving the main thread back: well under the 50 ms
 * that make a task "long", so input and rendering go on while a long article is annotated.
 */
const SLICE_MS = 8;

/**
 * How often rendering gets a turn while annotation runs. Between most slices only other script may go first
 * (`scheduler.yield()`), and the page renders when the browser decides to (Chromium: about every 100 ms), so one
 * frame had to lay out and paint thousands of tips: on a 1 MB article a task of 130 ms and more, when writing them
 * took 70 ms in all. Every so often a slice ends in an ordinary task instead, before which a frame that is due runs,
 * and lays out only what was written since the last. Nothing waits for a frame: a hidden or huge page, whose frames
 * come late or cost much, slows annotation no more than before.
 */
const RENDER_EVERY_MS = 24;

/**
 * Gives the main thread back: `scheduler.yield()` where there is one, unless rendering is to get its turn (the rest
 * keeps its place in line), else a task of ordinary priority (urgent work such as input, and a due frame, go first),
 * else a message.
 */
function nextSlice(render: boolean): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void>; postTask?: (task: () => void) => Promise<void> } }).scheduler;
  if (!render && typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof scheduler?.postTask === 'function') return scheduler.postTask(() => undefined);
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** The node after `node` in document order within `top`, not entering `node` when `enter` is false; null after the last. */
function following(node: Node, top: Node, enter: boolean): Node | null {
  if (enter && node.firstChild) return node.firstChild;
  for (let n: Node | null = node; n && n !== top; n = n.parentNode) {
    if (n.nextSibling) return n.nextSibling;
  }
  return null;
}

/** Annotations under way, so removing the tips of a scope also stops its annotation. */
interface Job {
  scope: Node;
  stopped: boolean;
}
const running = new Set<Job>();
/** Read through a call: `stopped` changes while the annotation awaits. */
const isStopped = (job: Job) => job.stopped;

/** One annotation at a time per document or shadow root: each starts from what the one before wrote. */
const queues = new WeakMap<Node, Promise<unknown>>();

/**
 * Annotates the text in `targets`, which lie inside `scope` (in 'first' mode, a term already
 * explained anywhere in the scope is not explained again), a slice at a time: it never holds the
 * main thread for more than a few milliseconds. Resolves to how many tips it added.
 */
export function annotateIn(scope: ParentNode & Node, targets: Node[], options: Annotation): Promise<number> {
  const root = scope.getRootNode();
  const job: Job = { scope, stopped: false };
  running.add(job);
  const run = (queues.get(root) ?? Promise.resolve()).then(async () => {
    try {
      return await annotateSlices(scope, targets, options, job);
    } finally {
      running.delete(job);
    }
  });
  queues.set(
    root,
    run.catch(() => undefined),
  );
  return run;
}

async function annotateSlices(scope: ParentNode & Node, targets: Node[], options: Annotation, job: Job): Promise<number> {
  if (isEditable(scope)) return 0;
  const { index, glossary, mode, nestedScopes, builtin } = options;
  let matcher = matcherFor(index);
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
  // In 'first' mode the pattern looks only for the terms not found yet: it gets shorter, and faster, as they are.
  // A found term stays in it while it holds one still looked for ("EU Global Strategy" and "EU"), so that one is not found inside it.
  const narrow = () => {
    if (mode !== 'first' || found.size === 0) return;
    const names = [...index.byName];
    const left = names.filter(([, entry]) => !found.has(entry)).map(([name]) => name);
    matcher = buildTermMatcher(names.filter(([name, entry]) => !found.has(entry) || left.some((other) => name.includes(other))).map(([name]) => name));
  };
  narrow();
  const done = () => mode === 'first' && found.size === index.size;

  // One tab stop per term (see the README): a term explained earlier on the page is hoverable and tappable, not focusable.
  const tabStops = new Set<TipEntry>();
  const isRepeat = (entry: TipEntry, text: Text) => {
    if (tabStops.has(entry) || precedes(firstTip.get(entry), text)) return true;
    tabStops.add(entry);
    return false;
  };
  // Added content may arrive as a node and its descendant: each text is read once.
  const seen = targets.length > 1 ? new Set<Text>() : null;
  let jobs: Array<[Text, Array<TermHit & { repeat: boolean }>]> = [];
  // Tips read but not written yet: writing them is most of the work, so they are written in small batches and timed too.
  let pending = 0;
  const visit = (text: Text) => {
    if (seen) {
      if (seen.has(text)) return;
      seen.add(text);
    }
    let hits = matcher.find(text.data);
    if (hits.length === 0) return;
    if (mode === 'first') {
      const before = found.size;
      hits = hits.filter((hit) => {
        const entry = index.byName.get(hit.name)!;
        if (found.has(entry)) return false;
        found.add(entry);
        return !precedes(handWritten.get(entry), text);
      });
      if (found.size !== before) narrow();
    }
    if (hits.length === 0) return;
    jobs.push([text, hits.map((hit) => ({ ...hit, repeat: isRepeat(index.byName.get(hit.name)!, text) }))]);
    pending += hits.length;
  };

  const doc = scope.ownerDocument ?? (scope as unknown as Document);
  // Tips are cloned from one prototype per kind, which carries their attributes.
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
  // Then write: each text node is replaced at once by its pieces and tips.
  const write = () => {
    const batch = jobs;
    jobs = [];
    pending = 0;
    writing(() => {
      for (const [text, hits] of batch) {
        // Between slices the page may have changed the text: it is read again next time it is added.
        if (!text.parentNode) continue;
        const data = text.data;
        const pieces = doc.createDocumentFragment();
        let at = 0;
        for (const hit of hits) {
          if (hit.end > data.length) break;
          if (hit.start > at) pieces.append(data.slice(at, hit.start));
          const own = !builtin?.has(index.byName.get(hit.name)!);
          const tip = prototypes[own ? 1 : 0][hit.repeat ? 1 : 0].cloneNode() as Element;
          tip.append(data.slice(hit.start, hit.end));
          pieces.append(tip);
          at = hit.end;
          added++;
        }
        if (at < data.length) pieces.append(data.slice(at));
        text.replaceWith(pieces);
      }
    });
  };

  let sliceStart = performance.now();
  let sliceAdded = 0;
  let renderedAt = sliceStart;
  for (const target of targets) {
    if (done() || isStopped(job)) break;
    if (!target.isConnected || (target !== scope && isInSkipped(target, scope, nestedScopes))) continue;
    // The walk keeps the next node to read, never one about to be replaced, so it survives the writes between slices.
    let node: Node | null = target;
    let count = 0;
    while (node && !done()) {
      const isText = node.nodeType === Node.TEXT_NODE;
      const enter = !isText && (node === target || node.nodeType !== Node.ELEMENT_NODE || !isSkipped(node as Element, nestedScopes));
      const next = following(node, target, enter);
      if (isText && (node as Text).length >= matcher.shortest) visit(node as Text);
      node = next;
      if (++count % 64 !== 0 && pending < 32) continue;
      write();
      // A coarse clock (Firefox resisting fingerprinting rounds it) may not see the time pass: a slice also ends after some tips.
      if (performance.now() - sliceStart < SLICE_MS && added - sliceAdded < 256) continue;
      const render = sliceStart - renderedAt >= RENDER_EVERY_MS;
      await nextSlice(render);
      sliceStart = performance.now();
      if (render) renderedAt = sliceStart;
      sliceAdded = added;
      // Stopped, or the page took the rest away meanwhile: what is left is read when it comes back.
      if (isStopped(job) || (node && !target.contains(node))) break;
    }
  }
  if (!isStopped(job)) write();
  return added;
}

/**
 * Explains the glossary's terms found in the text under `root`: each becomes an `<acronym-tip>`.
 * Leaves alone code, links, buttons, headings, form fields, editable regions, existing tips and
 * anything under `[data-no-acronyms]`. Running it again adds nothing new. Works a slice at a time,
 * giving the main thread back between slices, and resolves to the number of tips added once done;
 * never rejects (an unusable glossary is reported in the console and adds none).
 */
export async function annotateAcronyms(root: ParentNode & Node, options: AnnotateOptions = {}): Promise<number> {
  const chosen = await chooseGlossary(options);
  if (!chosen) return 0;
  return annotateIn(root, [root], { ...chosen, mode: options.mode ?? 'first', nestedScopes: false });
}

/** Takes out every tip that annotation added under `root`, restoring the text as it was. Returns how many. */
export function removeAcronyms(root: ParentNode & Node): number {
  for (const job of running) if (root.contains(job.scope)) job.stopped = true;
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
