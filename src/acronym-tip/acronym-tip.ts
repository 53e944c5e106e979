import { HTMLElementBase } from '../define-element.js';
import { langOf } from '../messages/lang.js';
import { tablesVersion } from '../messages/registry.js';
import { watchLang } from '../messages/watch-lang.js';
import type { GlossaryInput } from '../schema/glossary-schema.js';
import { tipStyles } from './acronym-tip.styles.js';
import { glossaryUrl } from './glossary-source.js';
import { type Box, followTerm } from './place-tip.js';
import { adoptTermStyles } from './term-styles.js';
import { closed, listenForTips, opened, TipInteraction, type TipTarget } from './tip-interaction.js';
import { lookUpTip, queryKey, type TipLookup, tipQuery } from './tip-lookup.js';
import { shadowContent, showEntry, showKnown, tipBox } from './tip-view.js';

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
 * first touch builds the shadow tree (term part, then the tooltip as it opens) and hands focus to
 * the term's part. A term not known (yet) is built at once: it is rare, and plain text.
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
    return this.#isOpen;
  }

  /** Settles once the term's entry is found, or known to be missing (the term then stays plain text). */
  get loadComplete(): Promise<void> {
    const current = this.#looking;
    return current.then(() => (current === this.#looking ? undefined : this.loadComplete));
  }

  #glossaryObject?: GlossaryInput;
  /** The term's part in the shadow tree; undefined until the tip is built. */
  #trigger?: HTMLElement;
  /** Whether connectedCallback ran once (attributes parsed before it wait for it). */
  #started = false;
  /** Whether the host's `tabindex` is the one a tip not built yet sets on itself (taken off when built). */
  #ownTabIndex = false;
  /** The tooltip, built when it first opens (see tipBox()). */
  #tip?: HTMLElement;
  #found: TipLookup = {};
  /** As the shadow tree is built; see shadowContent(). */
  #known = true;
  #isOpen = false;
  #interaction?: TipInteraction;
  #stopFollowing?: () => void;
  #lookup = 0;
  #looked = '';
  #looking = DONE;
  #waiting = false;
  #stopLang?: () => void;

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
    adoptTermStyles(root);
    listenForTips(root, AcronymTip.#tipFor);
    // Only a built tip words anything in the page's language (its source line).
    if (this.#trigger) this.#stopLang ??= watchLang(() => this.#resolve());
    this.#resolve();
    if (!this.#trigger) this.#showKnown();
  }

  /** Builds the shadow tree: the term's part, in place of the bare element until now. */
  #build(): HTMLElement {
    if (this.#trigger) return this.#trigger;
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [tipStyles()];
    const trigger = shadowContent();
    root.append(trigger);
    this.#trigger = trigger;
    if (this.#ownTabIndex) {
      this.#ownTabIndex = false;
      this.removeAttribute('tabindex');
    }
    this.#showKnown();
    if (this.isConnected) this.#stopLang ??= watchLang(() => this.#resolve());
    return trigger;
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
    this.#hide();
    this.#stopLang?.();
    this.#stopLang = undefined;
  }

  attributeChangedCallback() {
    if (this.#started) this.#resolve();
  }

  /** Looks the term up again, unless nothing it depends on changed. */
  #resolve() {
    if (!this.isConnected) return;
    const query = tipQuery(this);
    // The language and its table are part of it: a `lang` change, or the table arriving, words the source line again.
    const key = `${queryKey(query)}\n${langOf(this)} ${tablesVersion()}`;
    if (key === this.#looked) return;
    this.#looked = key;
    const lookup = ++this.#lookup;
    // A tip put on the page before its text (created, appended, then filled) waits for the text.
    // Listening only then, rather than always, spares the thousands of tips annotation makes an event each.
    const waiting = !query.term && !query.definition;
    if (this.#waiting !== waiting) {
      this.#waiting = waiting;
      if (waiting) this.#build();
      this.shadowRoot![waiting ? 'addEventListener' : 'removeEventListener']('slotchange', AcronymTip.#onSlotChange);
    }
    const found = lookUpTip(query);
    if (!(found instanceof Promise)) {
      this.#looking = DONE;
      return this.#show(found);
    }
    this.#show({});
    this.#looking = found.then((later) => {
      if (lookup === this.#lookup) this.#show(later);
    });
  }

  #show(found: TipLookup) {
    this.#found = found;
    if (this.#tip) this.#write(this.#tip);
    if (!found.entry) this.#hide();
    if (this.#known === !!found.entry) return;
    this.#known = !!found.entry;
    // A term not known shows as plain text, which the built tip does (the bare element looks like a term).
    if (!this.#known) this.#build();
    this.#showKnown();
  }

  #showKnown() {
    const known = this.#known && !this.hasAttribute(REPEAT_ATTRIBUTE) ? 'focusable' : this.#known;
    if (this.#trigger) return showKnown(this.#trigger, known, !!this.#tip);
    // Not built: the element is the term, and a tab stop of its own (an author's tabindex left as it is).
    if (known === 'focusable' && !this.hasAttribute('tabindex')) {
      this.#ownTabIndex = true;
      this.tabIndex = 0;
    }
  }

  /** Writes what the tip explains into the tooltip. */
  #write(tip: HTMLElement) {
    const { entry, lang } = this.#found;
    if (lang !== undefined && tip.lang !== lang) tip.lang = lang;
    showEntry(tip.children, entry, langOf(this));
  }

  /** The tooltip, built now if it was not yet. */
  #box(): HTMLElement {
    if (!this.#tip) {
      this.#build();
      const tip = tipBox();
      this.#write(tip);
      this.shadowRoot!.append(tip);
      this.#tip = tip;
      this.#showKnown();
    }
    return this.#tip;
  }

  static #onSlotChange(event: Event) {
    const host = (event.currentTarget as ShadowRoot).host;
    if (host instanceof AcronymTip) host.#resolve();
  }

  /**
   * The known tip an event in `event.currentTarget` concerns; a tip in a shadow root is heard by that root and again by the document: only its own root acts.
   * The first event a tip gets (a pointer over it, a press, focus) builds it; focus on the bare element moves to the term's part, whose focus opens the tip.
   */
  static #tipFor(event: Event): TipTarget | undefined {
    const path = event.composedPath();
    const tip = path.find((node): node is AcronymTip => node instanceof AcronymTip);
    if (!tip || !tip.#known || tip.getRootNode() !== event.currentTarget) return undefined;
    const built = !!tip.#trigger;
    const trigger = tip.#build();
    const interaction = tip.#interactionOf();
    if (!built && event.type === 'focusin' && path[0] === tip) {
      trigger.focus();
      // Firefox moves the focus but sends no focusin for a focus() made while one is dispatched.
      if (tip.shadowRoot!.activeElement === trigger) interaction.focused();
    }
    return { host: tip, trigger, interaction };
  }

  #interactionOf(): TipInteraction {
    return (this.#interaction ??= new TipInteraction({ isOpen: () => this.#isOpen, show: () => this.#open(), hide: () => this.#hide() }));
  }

  #open() {
    this.#interaction?.stopTimers();
    if (!this.#known || this.#isOpen || !this.isConnected) return;
    opened({ host: this, hide: () => this.#hide() });
    this.#isOpen = true;
    const tip = this.#box();
    tip.classList.add('open');
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- browsers before 2024 have no Popover API
    tip.showPopover?.();
    this.#stopFollowing = followTerm(this, tip, () => this.#termBox());
  }

  #hide() {
    this.#interaction?.stopTimers();
    if (!this.#isOpen) return;
    this.#isOpen = false;
    closed(this);
    this.#stopFollowing?.();
    const tip = this.#tip;
    if (!tip) return;
    // A tip removed from the page was closed by the browser, and hidePopover() would throw.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- browsers before 2024 have no Popover API
    if (tip.isConnected) tip.hidePopover?.();
    tip.classList.remove('open', 'away', 'above');
  }

  /**
   * A term broken over lines has a box per line: the tip goes below the last line or above the first, so it
   * covers none of the term, centred on the line under the pointer, else on the first.
   */
  #termBox(): Box | undefined {
    const boxes = [...this.#trigger!.getClientRects()];
    const hover = this.#interaction;
    const line = (hover?.hovered && boxes.find((b) => hover.pointerY >= b.top && hover.pointerY <= b.bottom)) || boxes.at(0);
    if (!line) return undefined;
    return { left: line.left, right: line.right, top: Math.min(...boxes.map((b) => b.top)), bottom: Math.max(...boxes.map((b) => b.bottom)) };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'acronym-tip': AcronymTip;
  }
}
