import { HTMLElementBase } from '../define-element.js';
import type { GlossaryInput } from '../schema/glossary-schema.js';
import { glossaryUrl } from './glossary-source.js';
import { adoptTermStyles } from './term-styles.js';
import { lookUpTip, queryKey, type TipLookup, tipQuery } from './tip-lookup.js';
import { listenForTips, type Touch, type TouchedTipCode, touchedTipCode } from './tip-touches.js';
import type { TouchedTip } from './touched-tip.js';

const DONE = Promise.resolve();

/**
 * Set by annotation on a later tip of a term already explained on the page: it opens on hover and
 * tap but is not a tab stop, so a keyboard user meets each explanation once (see the README).
 */
export const REPEAT_ATTRIBUTE = 'data-acronyms-repeat';

/**
 * A term in running text, explained in a tooltip: what the letters stand for, a short definition
 * and its source, from the built-in glossary, a glossary file, or the element's own attributes.
 *
 * The term reads as an abbreviation (dotted underline) and takes keyboard focus. Its tip opens on
 * hover after a short delay, at once on focus, and on tap; Escape closes it without moving focus;
 * it stays open while the pointer is over it and never times out. A term the glossary does not
 * know shows as plain text, with one console warning.
 *
 * `loadComplete` settles once the term's entry is found or known to be missing.
 *
 * Plain `HTMLElement` rather than Lit, so the standalone tip bundle stays under 10 KB gzip.
 *
 * Built on first touch: until a reader hovers, focuses or taps a known term, the element is the
 * term itself (styled by term-styles.ts, a tab stop through its own `tabindex`) with no shadow
 * root, listener or language watcher of its own, so a tip costs about what a `<mark>` does. The
 * first touch builds the shadow tree (term part, then the tooltip as it opens; touched-tip.ts,
 * whose code the page loads on its first touch of any tip: see tip-touches.ts) and hands focus
 * to the term's part. A term not known, or waiting for its text, is built as soon as that code
 * is loaded: it is rare, and plain text.
 *
 * @summary An abbreviation or term explained in a tooltip.
 *
 * @tagname acronym-tip
 *
 * @slot - The term as it appears in the text, e.g. `CSDP`.
 *
 * @attr {string} term - The term to look up, when it differs from the text.
 * @attr {string} glossary - URL of a glossary file; the built-in glossary when absent. The `glossary` property also takes a glossary object.
 * @attr {string} expansion - What the letters stand for, for a tip that explains itself.
 * @attr {string} definition - A short definition; when present, no glossary is fetched.
 *
 * @csspart trigger - The term in the text: underlined with dots, focusable.
 * @csspart tip - The tooltip.
 * @csspart expansion - What the letters stand for.
 * @csspart definition - The short definition.
 * @csspart source - Where the definition comes from.
 *
 * @cssprop [--dl-tip-underline-color=currentColor] - The dotted underline of the term.
 * @cssprop [--dl-tip-focus-color=currentColor] - The focus ring around the term.
 * @cssprop [--dl-tip-background=#ffffff] - The tooltip's background (#1f2329 where the page's colour scheme is dark).
 * @cssprop [--dl-tip-color=#1b1e23] - The tooltip's text (#f1f3f5 where the page's colour scheme is dark).
 * @cssprop [--dl-tip-muted-color=#454a52] - The source line (#c3c8cf where the page's colour scheme is dark).
 * @cssprop [--dl-tip-border-color=#6b717a] - The tooltip's border (#8a919b where the page's colour scheme is dark).
 * @cssprop [--dl-tip-max-width=22rem] - The tooltip's widest.
 * @cssprop [--dl-tip-font-size=0.875rem] - The tooltip's text size.
 * @cssprop [--dl-tip-font-family=the page's font] - The tooltip's font: the text's around the term unless set.
 * @cssprop [--dl-space=1rem] - The spacing unit, shared with the other elements: the tooltip's padding is ½ and ¾ of it.
 */
export class AcronymTip extends HTMLElementBase {
  static get observedAttributes() {
    return ['term', 'glossary', 'expansion', 'definition'];
  }

  /** The term to explain, when it differs from the element's text (e.g. text "HRVP", term "HR/VP"). */
  get term(): string | null {
    return this.getAttribute('term');
  }
  set term(value: string | null) {
    this.#reflect('term', value);
  }

  /** URL of a glossary file, or, set from script, a glossary object (the format of questions/glossary.schema.json); the built-in glossary when absent. */
  get glossary(): string | GlossaryInput | null {
    const attribute = this.getAttribute('glossary');
    return this.#glossaryObject && attribute === glossaryUrl(this.#glossaryObject) ? this.#glossaryObject : attribute;
  }
  set glossary(value: string | GlossaryInput | null) {
    // An object stands in the attribute as its key (see glossary-source.ts), so the lookup reads one place.
    this.#glossaryObject = value !== null && typeof value === 'object' ? value : undefined;
    this.#reflect('glossary', this.#glossaryObject ? glossaryUrl(this.#glossaryObject) : (value as string | null));
  }

  /** What the letters stand for, when the element explains itself instead of using a glossary. */
  get expansion(): string | null {
    return this.getAttribute('expansion');
  }
  set expansion(value: string | null) {
    this.#reflect('expansion', value);
  }

  /** A short definition; when set, the element explains itself and no glossary is fetched. */
  get definition(): string | null {
    return this.getAttribute('definition');
  }
  set definition(value: string | null) {
    this.#reflect('definition', value);
  }

  /** Whether the tooltip is showing. */
  get open(): boolean {
    return this.#built?.isOpen ?? false;
  }

  /** Settles once the term's entry is found, or known to be missing (the term then stays plain text). */
  get loadComplete(): Promise<void> {
    const current = this.#looking;
    const building = this.#building;
    return Promise.all([current, building]).then(() => (current === this.#looking && building === this.#building ? undefined : this.loadComplete));
  }

  #glossaryObject?: GlossaryInput;
  /** The shadow tree and tooltip, once touched (or needed to show plain text); see touched-tip.ts. */
  #built?: TouchedTip;
  /** Settles once a tip that must be built (not known, or waiting for its text) is, or its code failed to load. */
  #building = DONE;
  /** Whether connectedCallback ran once (attributes parsed before it wait for it). */
  #started = false;
  /** Whether the host's `tabindex` is the one a tip not built yet sets on itself (taken off when built). */
  #ownTabIndex = false;
  #found: TipLookup = {};
  #known = true;
  #lookup = 0;
  #looked = '';
  #looking = DONE;
  #waiting = false;

  #reflect(name: string, value: string | null) {
    if (value === null) this.removeAttribute(name);
    else this.setAttribute(name, value);
  }

  connectedCallback() {
    if (!this.#started) {
      this.#started = true;
      this.#applyEarlyProperties();
    }
    const root = this.getRootNode();
    adoptTermStyles(root, this.localName);
    listenForTips(root, AcronymTip.#tipFor);
    this.#built?.connected();
    this.#resolve();
    if (!this.#built) this.#showKnown();
  }

  /**
   * Properties a script set before the element was defined are own properties of the element, hiding the
   * class's accessors: take them off and set them again through the accessors, as Lit does for its elements.
   */
  #applyEarlyProperties() {
    for (const name of ['term', 'glossary', 'expansion', 'definition'] as const) {
      if (!Object.hasOwn(this, name)) continue;
      const value = this[name];
      Reflect.deleteProperty(this, name);
      (this as Record<typeof name, unknown>)[name] = value;
    }
  }

  disconnectedCallback() {
    this.#built?.disconnected();
  }

  attributeChangedCallback() {
    if (this.#started) this.#resolve();
  }

  /** Builds the shadow tree, with the touched tips' code: the term's part, in place of the bare element until now. */
  #build(code: TouchedTipCode): TouchedTip {
    if (this.#built) return this.#built;
    const built = new code.TouchedTip({
      element: this,
      found: () => this.#found,
      known: () => this.#knownAs(),
      resolve: () => this.#resolve(),
      releaseFocus: () => this.#dropOwnTabIndex(true),
    });
    this.#built = built;
    this.#dropOwnTabIndex();
    // The key of a built tip's lookup holds its language (for the source line): look up again.
    this.#resolve();
    return built;
  }

  /**
   * The term's part is the tab stop once built. Not while the element itself has focus (a term focused before the
   * code arrived): taking its `tabindex` would drop the focus to the page; it goes as the focus is handed over.
   */
  #dropOwnTabIndex(handingOver = false) {
    if (!this.#ownTabIndex || (!handingOver && this.matches(':focus'))) return;
    this.#ownTabIndex = false;
    this.removeAttribute('tabindex');
  }

  /** Builds the tip as soon as its code is loaded, for a tip that shows as plain text or waits for its text. */
  #buildSoon() {
    if (this.#built) return;
    this.#building = touchedTipCode().then((code) => {
      if (code) this.#build(code);
    });
  }

  /** Looks the term up again, unless nothing it depends on changed. */
  #resolve() {
    if (!this.isConnected) return;
    const query = tipQuery(this);
    // The language and its table are part of it once built: a `lang` change, or the table arriving, words the source line again.
    const key = `${queryKey(query)}\n${this.#built?.langKey() ?? ''}`;
    if (key === this.#looked) return;
    this.#looked = key;
    const lookup = ++this.#lookup;
    // A tip put on the page before its text (created, appended, then filled) waits for the text.
    // Listening only then, rather than always, spares the thousands of tips annotation makes an event each.
    const waiting = !query.term && !query.definition;
    if (this.#waiting !== waiting) {
      this.#waiting = waiting;
      // A slot to hear the text arrive by, until the tip is built (which keeps the shadow root).
      const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      if (!root.firstChild) root.append(document.createElement('slot'));
      root[waiting ? 'addEventListener' : 'removeEventListener']('slotchange', AcronymTip.#onSlotChange);
      if (waiting) this.#buildSoon();
    }
    const found = lookUpTip(query);
    if (!(found instanceof Promise)) {
      this.#looking = DONE;
      return this.#show(found);
    }
    // Until the glossary answers, the term keeps its look and tab stop (a bare tip need not be built to wait), and shows no tooltip.
    this.#found = {};
    this.#built?.found();
    this.#looking = found.then((later) => {
      if (lookup === this.#lookup) this.#show(later);
    });
  }

  #show(found: TipLookup) {
    this.#found = found;
    this.#built?.found();
    if (this.#known === !!found.entry) return;
    this.#known = !!found.entry;
    // A term not known shows as plain text, which the built tip does (the bare element looks like a term).
    if (!this.#known) this.#buildSoon();
    this.#showKnown();
  }

  #knownAs(): boolean | 'focusable' {
    return this.#known && !this.hasAttribute(REPEAT_ATTRIBUTE) ? 'focusable' : this.#known;
  }

  #showKnown() {
    if (this.#built) return this.#built.showKnown();
    // Not built: the element is the term, and a tab stop of its own (an author's tabindex left as it is).
    const focusable = this.#knownAs() === 'focusable';
    if (focusable && !this.hasAttribute('tabindex')) {
      this.#ownTabIndex = true;
      this.tabIndex = 0;
    } else if (!focusable && this.#ownTabIndex) {
      this.#ownTabIndex = false;
      this.removeAttribute('tabindex');
    }
  }

  static #onSlotChange(event: Event) {
    const host = (event.currentTarget as ShadowRoot).host;
    if (host instanceof AcronymTip) host.#resolve();
  }

  /**
   * The known tip an event in `event.currentTarget` concerns; a tip in a shadow root is heard by that root and again by the document: only its own root acts.
   * Its first touch builds it (once the touched tips' code is loaded); focus on the bare element moves to the term's part, whose focus opens the tip.
   */
  static #tipFor(event: Event) {
    const tip = event.composedPath().find((node): node is AcronymTip => node instanceof AcronymTip);
    if (!tip || !tip.#known || tip.getRootNode() !== event.currentTarget) return undefined;
    const built = !!tip.#built;
    return {
      host: tip,
      touched: (touch: Touch, code: TouchedTipCode) => {
        // The term may have become unknown, or left the page, while the code was on its way.
        if (!tip.#known || !tip.isConnected) return undefined;
        const view = tip.#build(code);
        view.touched(touch, built);
        tip.#dropOwnTabIndex();
        return view;
      },
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'acronym-tip': AcronymTip;
  }
}
