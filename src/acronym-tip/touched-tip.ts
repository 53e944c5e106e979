/**
 * A tip once touched: its shadow tree (the term's part, then the tooltip as it first opens), its
 * styles, its placement and its hover, focus and tap interaction. Loaded by tip-touches.ts the
 * first time a reader touches any tip on the page (or at once for a tip that must be built to
 * show as plain text), so a page of tips never touched pays for the terms only.
 */
import { langOf } from '../messages/lang.js';
import { tablesVersion } from '../messages/registry.js';
import { watchLang } from '../messages/watch-lang.js';
import { tipStyles } from './acronym-tip.styles.js';
import { type Box, followTerm } from './place-tip.js';
import { closed, escapePressed, opened, pressedAt, TipInteraction } from './tip-interaction.js';
import type { TipLookup } from './tip-lookup.js';
import type { Touch } from './tip-touches.js';
import { shadowContent, showEntry, showKnown, tipBox } from './tip-view.js';

/** What a built tip reads from its element. */
export interface TipHost {
  readonly element: HTMLElement;
  /** The entry last looked up. */
  found(): TipLookup;
  /** Whether the term is known, and a tab stop ('focusable'). */
  known(): boolean | 'focusable';
  /** Looks the term up again: the page's language or its table changed. */
  resolve(): void;
  /** Takes off the `tabindex` the bare element set on itself: its focus is being handed to the term's part. */
  releaseFocus(): void;
}

export class TouchedTip {
  /** The term's part: what takes focus, is hovered, and is described by the tooltip. */
  readonly trigger: HTMLElement;
  readonly interaction: TipInteraction;
  readonly #root: ShadowRoot;
  /** The tooltip, built when it first opens (see tipBox()). */
  #tip?: HTMLElement;
  #isOpen = false;
  #stopFollowing?: () => void;
  #stopLang?: () => void;

  constructor(private readonly host: TipHost) {
    const { element } = host;
    // A tip waiting for its text has a shadow root already (with a bare slot, to hear the text arrive).
    const root = (this.#root = element.shadowRoot ?? element.attachShadow({ mode: 'open' }));
    root.adoptedStyleSheets = [tipStyles()];
    this.trigger = shadowContent();
    root.replaceChildren(this.trigger);
    this.interaction = new TipInteraction({ isOpen: () => this.#isOpen, show: () => this.open(), hide: () => this.hide() });
    this.showKnown();
    if (element.isConnected) this.connected();
  }

  get isOpen(): boolean {
    return this.#isOpen;
  }

  /** The language the tooltip words its source line in, and the table's version: part of the lookup's key. */
  langKey(): string {
    return `${langOf(this.host.element)} ${tablesVersion()}`;
  }

  /** Only a built tip words anything in the page's language (its source line). */
  connected(): void {
    this.#stopLang ??= watchLang(() => this.host.resolve());
  }

  disconnected(): void {
    this.hide();
    this.#stopLang?.();
    this.#stopLang = undefined;
  }

  showKnown(): void {
    showKnown(this.trigger, this.host.known(), !!this.#tip);
  }

  /** The entry changed: written into the tooltip, which closes when there is none. */
  found(): void {
    if (this.#tip) this.#write(this.#tip);
    if (!this.host.found().entry) this.hide();
  }

  /** What a reader did to the tip, now or (the first touches of a page) recorded before this code arrived. */
  touched(touch: Touch, built: boolean): void {
    const { interaction, trigger } = this;
    switch (touch.type) {
      case 'pointerover':
        if (!touch.touch) interaction.enter(touch.y, performance.now() - touch.at);
        break;
      case 'pointerout':
        if (!touch.touch && touch.away) interaction.leave();
        break;
      case 'pointerdown':
        interaction.pressed(touch.touch);
        break;
      case 'pointercancel':
        interaction.cancelled();
        break;
      case 'click':
        interaction.tapped();
        break;
      case 'focusin': {
        if (touch.target === trigger) interaction.focused();
        // Focus on the bare element moves to the term's part, whose focus opens the tip; unless it has moved on since.
        else if (!built && touch.target === this.host.element && this.host.element.matches(':focus')) {
          this.host.releaseFocus();
          trigger.focus();
          // Firefox moves the focus but sends no focusin for a focus() made while one is dispatched.
          if (this.#root.activeElement === trigger) interaction.focused();
        }
        break;
      }
      case 'focusout':
        if (touch.target === trigger) interaction.blurred();
        break;
    }
  }

  open(): void {
    this.interaction.stopTimers();
    const { element } = this.host;
    if (!this.host.known() || !this.host.found().entry || this.#isOpen || !element.isConnected) return;
    opened({ host: element, hide: () => this.hide() });
    this.#isOpen = true;
    const tip = this.#box();
    tip.classList.add('open');
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- browsers before 2024 have no Popover API
    tip.showPopover?.();
    this.#stopFollowing = followTerm(element, tip, () => this.#termBox());
  }

  hide(): void {
    this.interaction.stopTimers();
    if (!this.#isOpen) return;
    this.#isOpen = false;
    closed(this.host.element);
    this.#stopFollowing?.();
    const tip = this.#tip;
    if (!tip) return;
    // A tip removed from the page was closed by the browser, and hidePopover() would throw.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- browsers before 2024 have no Popover API
    if (tip.isConnected) tip.hidePopover?.();
    tip.classList.remove('open', 'away', 'above');
  }

  /** Writes what the tip explains into the tooltip. */
  #write(tip: HTMLElement) {
    const { entry, lang } = this.host.found();
    if (lang !== undefined && tip.lang !== lang) tip.lang = lang;
    showEntry(tip.children, entry, langOf(this.host.element));
  }

  /** The tooltip, built now if it was not yet. */
  #box(): HTMLElement {
    if (!this.#tip) {
      const tip = tipBox();
      this.#write(tip);
      this.#root.append(tip);
      this.#tip = tip;
      this.showKnown();
    }
    return this.#tip;
  }

  /**
   * A term broken over lines has a box per line: the tip goes below the last line or above the first, so it
   * covers none of the term, centred on the line under the pointer, else on the first.
   */
  #termBox(): Box | undefined {
    const boxes = [...this.trigger.getClientRects()];
    const hover = this.interaction;
    const line = (hover.hovered && boxes.find((b) => hover.pointerY >= b.top && hover.pointerY <= b.bottom)) || boxes.at(0);
    if (!line) return undefined;
    return { left: line.left, right: line.right, top: Math.min(...boxes.map((b) => b.top)), bottom: Math.max(...boxes.map((b) => b.bottom)) };
  }
}

/**
 * What readers did before this code arrived, in order. Escape and a press elsewhere act as they would have
 * then: they close an open tip, and Escape also cancels a hover's pending opening (the reader dismissed it).
 */
export function replay(touches: ReadonlyArray<[touched: ((touch: Touch) => TouchedTip | undefined) | undefined, Touch]>): void {
  const touchedSoFar = new Set<TouchedTip>();
  for (const [touched, touch] of touches) {
    if (touched) {
      const tip = touched(touch);
      if (tip) touchedSoFar.add(tip);
    } else if (touch.type === 'escape') {
      escapePressed();
      for (const tip of touchedSoFar) tip.interaction.stopTimers();
    } else if (touch.path) {
      pressedAt(touch.path);
    }
  }
}
