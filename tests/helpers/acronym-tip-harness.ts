import { fixture } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';

import type { AcronymTip } from '../../src/acronym-tip/acronym-tip.js';
import { touchedTipCode } from '../../src/acronym-tip/tip-touches.js';
import { openStrictCspPage } from './strict-csp.js';

/** A page of tips in a frame of its own, fresh: no tip touched, the tooltips' code not loaded (see openFirstTouchPage). */
export interface FirstTouchPage {
  tip: TipHarness;
  /** The button before the term, to tab from. */
  button: HTMLButtonElement;
  /** Whether the page asked for the tooltips' code. */
  codeRequested(): boolean;
  /** Resolves once the tooltips' code has arrived (undefined if it could not be loaded). */
  codeArrived(): Promise<unknown>;
  violations: string[];
  remove(): void;
}

/** The middle of an element's first box, in viewport coordinates, for sendMouse. */
function middleOf(el: Element): [number, number] {
  const box = el.getClientRects()[0];
  if (!box) throw new Error(`<${el.localName}> has no box to point at: it is not rendered`);
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
}

/** The next animation frame; a page that gets none (hidden) fails here rather than hanging the run. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no animation frame in 2 s: the test page is hidden')), 2000);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * Drives an <acronym-tip> the way a reader does: hovering with the mouse, tabbing to the term,
 * tapping it, pressing Escape; reads what the tooltip shows.
 */
export class TipHarness {
  constructor(readonly el: AcronymTip) {}

  /**
   * Renders `template` and waits for every tip in it to find its entry (or to know it has none), and for the
   * tooltips' code, which a page loads on its first touch of a tip: as on a page where a reader touched one before.
   * (`TipHarness.firstTouch` is for what happens before that code arrives.)
   */
  static async mount<T extends Element = HTMLElement>(template: TemplateResult): Promise<{ root: T; tips: TipHarness[] }> {
    const root = await fixture<T>(template);
    const tips = (root instanceof HTMLElement && root.localName === 'acronym-tip' ? [root] : [...root.querySelectorAll('acronym-tip')]) as AcronymTip[];
    await Promise.all([...tips.map((t) => t.loadComplete), touchedTipCode()]);
    return { root, tips: tips.map((t) => new TipHarness(t)) };
  }

  /**
   * Opens tests/csp/acronym-tip-first-touch.html in a frame: an annotated paragraph on a page of its own (its own
   * copy of the library), whose tooltips' code loads on its first touch of a tip, as on a reader's first visit.
   * `violations` also holds any uncaught exception or rejection. `offline` opens the same page where that code
   * cannot be loaded (tests/fixtures/pages/acronym-tip-offline.html, without a strict CSP).
   */
  static async openFirstTouchPage({ offline = false } = {}): Promise<FirstTouchPage> {
    const page = openStrictCspPage(offline ? '/tests/fixtures/pages/acronym-tip-offline.html' : '/tests/csp/acronym-tip-first-touch.html');
    try {
      await page.ready;
    } catch (error) {
      page.remove();
      throw error;
    }
    const win = page.window as Window & typeof globalThis & { touchedTipCode: () => Promise<unknown> };
    const el = page.document.querySelector('acronym-tip');
    if (!el) throw new Error('the first-touch page was not annotated');
    return {
      tip: new TipHarness(el),
      button: page.document.querySelector('button')!,
      codeRequested: () => win.performance.getEntriesByType('resource').some((entry) => entry.name.includes('/touched-tip.')),
      codeArrived: () => win.touchedTipCode(),
      violations: page.violations,
      remove: () => page.remove(),
    };
  }

  /** Waits until the tip has looked its term up, and the tooltips' code (which a page loads on its first touch of a tip) is loaded. */
  async loaded(): Promise<void> {
    await Promise.all([this.el.loadComplete, touchedTipCode()]);
  }

  /** The term in the text: what takes focus and is hovered (the element itself until a first touch builds the tip, then the term's part). */
  get trigger(): HTMLElement {
    return this.el.shadowRoot?.querySelector<HTMLElement>('[part="trigger"]') ?? this.el;
  }

  /** Whether the tip is still the bare element: never touched, no shadow tree. */
  get built(): boolean {
    return !!this.el.shadowRoot;
  }

  /** The tooltip; built when it first opens, so a tip never opened is opened and closed once by focus, as a reader would. */
  get tip(): HTMLElement {
    const built = () => this.el.shadowRoot?.querySelector<HTMLElement>('[part="tip"]');
    if (!built() && this.known) {
      this.trigger.focus({ preventScroll: true });
      this.trigger.blur();
    }
    return built()!;
  }

  /** What a part of the tooltip says (parts after the first start with a space that keeps them apart when read out). */
  text(part: 'expansion' | 'definition' | 'source'): string {
    if (!this.known) return '';
    return this.tip.querySelector(`[part="${part}"]`)!.textContent.trim();
  }

  /** Whether the term was found: it is then underlined and, once its tip is built, described by it. */
  get known(): boolean {
    // Not built yet, the element is the term: underlined by the page's sheet.
    if (!this.built) return this.el.ownerDocument.defaultView!.getComputedStyle(this.el).textDecorationStyle === 'dotted';
    const built = !!this.el.shadowRoot!.querySelector('[part="tip"]');
    return this.trigger.classList.contains('known') && (!built || this.trigger.getAttribute('aria-describedby') === 'tip');
  }

  /** Whether Tab stops on the term (every known term but a repeat that annotation wrote). */
  get tabStop(): boolean {
    return this.trigger.tabIndex === 0 && this.trigger.hasAttribute('tabindex');
  }

  /** Whether the tooltip is on screen. */
  get showing(): boolean {
    return this.el.open && this.el.ownerDocument.defaultView!.getComputedStyle(this.tip).display !== 'none';
  }

  get focused(): boolean {
    return !!this.el.shadowRoot && this.el.shadowRoot.activeElement === this.trigger;
  }

  /** Moves the mouse onto the term. */
  async hover(): Promise<void> {
    await sendMouse({ type: 'move', position: middleOf(this.trigger) });
  }

  /** Moves the mouse onto the open tooltip. */
  async hoverTip(): Promise<void> {
    await sendMouse({ type: 'move', position: middleOf(this.tip) });
  }

  /** Moves the mouse to the page's bottom-left corner, away from every tip. */
  async moveAway(): Promise<void> {
    await sendMouse({ type: 'move', position: [5, document.documentElement.clientHeight - 5] });
  }

  /** Focuses the term directly (a script, or a click that focuses). */
  focus(options?: FocusOptions): void {
    this.trigger.focus(options);
  }

  async pressEscape(): Promise<void> {
    await sendKeys({ press: 'Escape' });
  }

  /**
   * Escape as the page sees a key press, at once: a real one travels through the test runner, and could come after
   * the tooltips' code (which never arrives within the same task: a test can press Escape before it, for certain).
   */
  pressEscapeAtOnce(): void {
    const target = this.el.ownerDocument.activeElement ?? this.el.ownerDocument.body;
    target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
  }

  /** A mouse passing over the term and off it, as the page sees it, at once (before the tooltips' code can arrive). */
  passOverAtOnce(): void {
    for (const type of ['pointerover', 'pointerout']) {
      this.trigger.dispatchEvent(new PointerEvent(type, { pointerType: 'mouse', bubbles: true, composed: true }));
    }
  }

  /** A finger's tap on the term: press, release, the focus and click the browser gives it (the press builds a tip not built yet: the rest goes to the term's part). */
  tap(): void {
    this.trigger.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', bubbles: true, composed: true }));
    const trigger = this.trigger;
    trigger.dispatchEvent(new PointerEvent('pointerup', { pointerType: 'touch', bubbles: true, composed: true }));
    trigger.focus();
    trigger.click();
  }

  /** A finger's tap elsewhere on the page. */
  static tapElsewhere(): void {
    document.body.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', bubbles: true, composed: true }));
  }
}
