/**
 * The page's listeners for tips, and the code a touched tip needs, loaded on the first touch.
 *
 * A page of tips pays for the terms only: the tooltip (its shadow tree, styles, placement and
 * hover/focus/tap interaction, touched-tip.ts) is a module of its own, imported the first time a
 * reader hovers, focuses or taps any tip. Until it arrives, what the reader does is recorded, and
 * replayed in order once it has: a term still focused then opens (focus handed to the term's part),
 * one left or blurred does not, and Escape or a press elsewhere cancels what came before it. The
 * term is a tab stop with its text as its name all along. Once loaded, events are handled at once,
 * as they always were.
 *
 * If the code cannot be loaded (offline), nothing throws: the terms stay what they are, readable
 * text, underlined and tab stops, with no tooltip and one console warning; the next touch tries again.
 * (A term not known, built only to look plain, then keeps its underline, but not its tab stop.)
 */
import { warnOnce } from './glossary-source.js';
import type * as TouchedTipModule from './touched-tip.js';
import type { TouchedTip } from './touched-tip.js';

/** The code of a touched tip: touched-tip.ts. */
export type TouchedTipCode = typeof TouchedTipModule;

/** One thing a reader did to a tip (or to the page, for `escape` and `press`), as the listeners saw it. */
export interface Touch {
  type: string;
  /** A finger rather than a mouse or pen. */
  touch: boolean;
  /** Where the pointer was, vertically (a term broken over lines is placed by the line under it). */
  y: number;
  /** What the event happened to (the bare element, or the term's part once built). */
  target: EventTarget | undefined;
  /** For `pointerout`: whether the pointer left the tip (rather than moving between the term and its tooltip). */
  away: boolean;
  /** When it happened (`performance.now()`): a hover delay counts from the pointer's arrival, not the code's. */
  at: number;
  /** For `press`: the event's path. */
  path?: readonly EventTarget[];
}

/** Hands a touch to its tip, built now if it was not yet; undefined if the tip no longer takes touches (its term is not known). */
type Touched = (touch: Touch, code: TouchedTipCode) => TouchedTip | undefined;

/** A tip as the page's listeners see it: it takes the touch, now or once the code is loaded. */
export type TipFor = (event: Event) => { host: Element; touched: Touched } | undefined;

let code: TouchedTipCode | undefined;
let loading: Promise<TouchedTipCode | undefined> | undefined;
/** What readers did before the code arrived, in order: to a tip (with its `touched`), or to the page. */
let waiting: Array<[touched: Touched | undefined, Touch]> = [];

/**
 * The touched tips' code, loaded once (again after a failure): undefined when it cannot be loaded.
 * Also how a test awaits its arrival.
 */
export function touchedTipCode(): Promise<TouchedTipCode | undefined> {
  loading ??= import('./touched-tip.js').then(
    (loaded) => {
      code = loaded;
      replay(loaded);
      return loaded;
    },
    (error: unknown) => {
      loading = undefined;
      waiting = [];
      stopWatchingPage();
      warnOnce(
        `touched-tip ${String(error)}`,
        `the tooltips' code could not be loaded (${error instanceof Error ? error.message : String(error)}); the terms show no tooltip.`,
      );
      return undefined;
    },
  );
  return loading;
}

function replay(loaded: TouchedTipCode) {
  const touches = waiting;
  waiting = [];
  stopWatchingPage();
  loaded.replay(touches.map(([touched, touch]) => [touched && ((t: Touch) => touched(t, loaded)), touch]));
}

/** A touch to act on now, or to record until the code arrives. */
function take(touched: Touched | undefined, touch: Touch) {
  if (code) {
    touched?.(touch, code);
    return;
  }
  if (waiting.length === 0) watchPage();
  waiting.push([touched, touch]);
  void touchedTipCode();
}

const at = () => performance.now();

const onPageKeyDown = (event: KeyboardEvent) => {
  if (event.key === 'Escape') take(undefined, { type: 'escape', touch: false, y: -1, target: undefined, away: false, at: at() });
};
const onPagePointerDown = (event: PointerEvent) => {
  take(undefined, { type: 'press', touch: false, y: -1, target: undefined, away: false, at: at(), path: event.composedPath() });
};

/** While the code is on its way, Escape and presses anywhere on the page count too (once loaded, the open tip listens for them). */
function watchPage() {
  document.addEventListener('keydown', onPageKeyDown);
  document.addEventListener('pointerdown', onPagePointerDown, true);
}

function stopWatchingPage() {
  document.removeEventListener('keydown', onPageKeyDown);
  document.removeEventListener('pointerdown', onPagePointerDown, true);
}

const listening = new WeakSet<Node>();
const TYPES = ['pointerover', 'pointerout', 'pointerdown', 'pointercancel', 'click', 'focusin', 'focusout'];

/**
 * Listens for every tip in `root` (the document, or a shadow root tips sit in), once per root
 * rather than once per tip: an article annotated in 'all' mode may hold thousands of them.
 * `tipFor` names the tip an event concerns, if any (and only if `root` is that tip's own root).
 */
export function listenForTips(root: Node, tipFor: TipFor): void {
  if (listening.has(root)) return;
  listening.add(root);
  const route = (event: Event) => {
    const tip = tipFor(event);
    if (!tip) return;
    const { host } = tip;
    const pointer = event as PointerEvent;
    const to = pointer.relatedTarget as Node | null;
    const within = !!to && (to === host || host.contains(to) || !!host.shadowRoot?.contains(to));
    const touch = { type: event.type, touch: pointer.pointerType === 'touch', y: pointer.clientY, target: event.composedPath()[0], away: !within, at: at() };
    take((t, loaded) => tip.touched(t, loaded), touch);
  };
  for (const type of TYPES) root.addEventListener(type, route, true);
}
