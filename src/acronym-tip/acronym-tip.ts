import { tipMessagesFor } from '../messages/tip-messages.js';
import { langOf } from '../messages/lang.js';
import { tablesVersion } from '../messages/registry.js';
import { watchLang } from '../messages/watch-lang.js';
import { tipStyles } from './acronym-tip.styles.js';
import { glossaryUrl, loadGlossary, loadedGlossary, warnOnce } from './glossary-source.js';
import { clippingAncestors, placeTip, visiblePart, type Box } from './place-tip.js';
import type { GlossaryIndex, TipEntry, TipSource } from './read-glossary.js';
import { normaliseTerm } from './term-matcher.js';

/** How long the pointer rests on a term before its tip opens, and may be away before it closes. */
const HOVER_DELAY = 300;
const CLOSE_GRACE = 150;

/** Only one tip is open at a time on a page; `frame` is its position loop. */
let openTip: AcronymTip | null = null;
let frame = 0;

/** The documents and shadow roots whose tips are listened to. */
const listening = new WeakSet<Node>();

const sourceLines = new WeakMap<TipSource, Map<string, string>>();

/** "Source: …" in the page's language, worded once per source and language. */
function sourceLine(source: TipSource, lang: string): string {
  let byLang = sourceLines.get(source);
  if (!byLang) sourceLines.set(source, (byLang = new Map()));
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

let content: DocumentFragment | undefined;

/** The shadow tree of a tip, built once and cloned for each: annotation may create thousands. */
function shadowContent(): DocumentFragment {
  if (!content) {
    const part = (tag: string, name: string) => {
      const el = document.createElement(tag);
      el.className = name;
      el.setAttribute('part', name);
      return el;
    };
    // Ready for a known term, the usual case; #render undoes it for an unknown one.
    const trigger = part('span', 'trigger');
    trigger.classList.add('known');
    trigger.tabIndex = 0;
    trigger.setAttribute('aria-describedby', 'tip');
    trigger.append(document.createElement('slot'));
    const tip = part('div', 'tip');
    tip.id = 'tip';
    tip.setAttribute('role', 'tooltip');
    tip.setAttribute('popover', 'manual');
    tip.append(part('span', 'expansion'), part('span', 'definition'), part('span', 'source'));
    content = document.createDocumentFragment();
    content.append(trigger, tip);
  }
  return content.cloneNode(true) as DocumentFragment;
}

/**
 * A term in running text, explained in a tooltip: what the letters stand for, a short definition
 * and its source, from the built-in glossary, a glossary file, or the element's own attributes.
 *
 * The term reads as an abbreviation (dotted underline) and takes keyboard focus. Its tip opens on
 * hover after a short delay, at once on focus, and on tap; Escape closes it without moving focus;
 * it stays open while the pointer is over it and never times out. A term the glossary does not
 * know shows as plain text, with one console warning.
 *
 * Plain `HTMLElement` rather than Lit, so the standalone tip bundle stays under 10 KB gzip.
 *
 * @summary An abbreviation or term explained in a tooltip.
 *
 * @slot - The term as it appears in the text, e.g. `CSDP`.
 *
 * @attr {string} term - The term to look up, when it differs from the text.
 * @attr {string} glossary - URL of a glossary file; the built-in glossary when absent.
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
 * @cssprop [--dl-tip-background=#ffffff] - The tooltip's background (#1f2329 in dark mode).
 * @cssprop [--dl-tip-color=#1b1e23] - The tooltip's text (#f1f3f5 in dark mode).
 * @cssprop [--dl-tip-muted-color=#454a52] - The source line (#c3c8cf in dark mode).
 * @cssprop [--dl-tip-border-color=#6b717a] - The tooltip's border (#8a919b in dark mode).
 * @cssprop [--dl-tip-max-width=22rem] - The tooltip's widest.
 * @cssprop [--dl-tip-font-size=0.875rem] - The tooltip's text size.
 * @cssprop [--dl-tip-font-family=system-ui, sans-serif] - The tooltip's font.
 */
export class AcronymTip extends HTMLElement {
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

  /** URL of a glossary file (the format of questions/glossary.schema.json); the built-in glossary when absent. */
  get glossary(): string | null {
    return this.getAttribute('glossary');
  }
  set glossary(value: string | null) {
    this.#reflect('glossary', value);
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

  #trigger!: HTMLElement;
  #tip!: HTMLElement;
  #parts!: HTMLCollection;
  /** As the shadow tree is built; see shadowContent(). */
  #known = true;
  #isOpen = false;
  #hovered = false;
  #focused = false;
  #touched = false;
  #pointerY = -1;
  #openTimer?: ReturnType<typeof setTimeout>;
  #closeTimer?: ReturnType<typeof setTimeout>;
  #clippers?: Element[];
  #lookup = 0;
  #looked = '';
  #waiting = false;
  #stopLang?: () => void;

  #reflect(name: string, value: string | null) {
    if (value === null) this.removeAttribute(name);
    else this.setAttribute(name, value);
  }

  connectedCallback() {
    if (!this.shadowRoot) {
      const root = this.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = [tipStyles()];
      root.append(shadowContent());
      this.#trigger = root.firstElementChild as HTMLElement;
      this.#tip = this.#trigger.nextElementSibling as HTMLElement;
      this.#parts = this.#tip.children;
    }
    AcronymTip.#listenIn(this.getRootNode());
    this.#stopLang ??= watchLang(() => this.#resolve());
    this.#resolve();
  }

  disconnectedCallback() {
    this.#hide();
    this.#stopLang?.();
    this.#stopLang = undefined;
  }

  attributeChangedCallback() {
    if (this.shadowRoot) this.#resolve();
  }

  /** Finds the entry (from the attributes, else from the glossary, at once if it is loaded), unless nothing it depends on changed. */
  #resolve() {
    if (!this.isConnected) return;
    const term = normaliseTerm(this.getAttribute('term') ?? this.textContent ?? '');
    const definition = this.getAttribute('definition')?.trim();
    const expansion = this.getAttribute('expansion')?.trim();
    const glossary = this.getAttribute('glossary');
    // The language and its table are part of it: a `lang` change, or the table arriving, words the source line again.
    const looked = `${term}\n${definition}\n${expansion}\n${glossary}\n${langOf(this)} ${tablesVersion()}`;
    if (looked === this.#looked) return;
    this.#looked = looked;
    const lookup = ++this.#lookup;
    if (definition) return this.#render({ term, definition, ...(expansion ? { expansion } : {}) });
    // A tip put on the page before its text (created, appended, then filled) waits for the text.
    // Listening only then, rather than always, spares the thousands of tips annotation makes an event each.
    if (this.#waiting !== !term) {
      this.#waiting = !term;
      this.shadowRoot![term ? 'removeEventListener' : 'addEventListener']('slotchange', AcronymTip.#onSlotChange);
    }
    if (!term) return this.#render(undefined);
    const url = glossaryUrl(glossary);
    const loaded = loadedGlossary(url);
    if (loaded !== undefined) return this.#renderFrom(loaded, url, term);
    this.#render(undefined);
    void loadGlossary(url).then((index) => {
      if (lookup === this.#lookup) this.#renderFrom(index, url, term);
    });
  }

  #renderFrom(index: GlossaryIndex | null, url: string, term: string) {
    const entry = index?.byName.get(term);
    // An unusable glossary was reported once already; an unknown term is reported once per term.
    if (index && !entry) warnOnce(`${url}#${term}`, `"${term}" is not in the glossary ${url}; it is shown as plain text.`);
    const lang = index?.lang ?? '';
    if (this.#tip.lang !== lang) this.#tip.lang = lang;
    this.#render(entry);
  }

  #render(entry: TipEntry | undefined) {
    const parts = this.#parts;
    // The leading spaces keep the parts apart when the description is read out; at the start of a block they do not show.
    parts[0].textContent = entry?.expansion ?? '';
    parts[1].textContent = entry ? ` ${entry.definition}` : '';
    parts[2].textContent = entry?.source ? ` ${sourceLine(entry.source, langOf(this))}` : '';
    if (!entry) this.#hide();
    if (this.#known === !!entry) return;
    this.#known = !!entry;
    const trigger = this.#trigger;
    trigger.classList.toggle('known', this.#known);
    if (entry) {
      trigger.tabIndex = 0;
      trigger.setAttribute('aria-describedby', 'tip');
    } else {
      trigger.removeAttribute('tabindex');
      trigger.removeAttribute('aria-describedby');
    }
  }

  static #onSlotChange(event: Event) {
    ((event.currentTarget as ShadowRoot).host as AcronymTip).#resolve();
  }

  /**
   * Tips listen through their root (the document, or the shadow root they sit in), once per root
   * rather than once per tip: an article annotated in 'all' mode may hold thousands of them.
   */
  static #listenIn(root: Node) {
    if (listening.has(root)) return;
    listening.add(root);
    for (const type of ['pointerover', 'pointerout', 'pointerdown', 'pointercancel', 'click', 'focusin', 'focusout']) {
      root.addEventListener(type, AcronymTip.#route, true);
    }
  }

  static #route(event: Event) {
    const path = event.composedPath();
    const tip = path.find((node): node is AcronymTip => node instanceof AcronymTip);
    // A tip in a shadow root is heard by that root and again by the document: only its own root acts.
    if (!tip || !tip.#known || tip.getRootNode() !== event.currentTarget) return;
    const pointer = event as PointerEvent;
    const touch = pointer.pointerType === 'touch';
    switch (event.type) {
      case 'pointerover':
        if (!touch) tip.#enter(pointer.clientY);
        break;
      case 'pointerout': {
        // Moving between the term and its tooltip is still being over the tip.
        const to = pointer.relatedTarget as Node | null;
        if (!touch && !(to && (to === tip || tip.contains(to) || tip.shadowRoot!.contains(to)))) tip.#leave();
        break;
      }
      case 'pointerdown':
        tip.#touched = touch;
        break;
      case 'pointercancel':
        // A touch that turns into a scroll is not a tap.
        tip.#touched = false;
        break;
      case 'click':
        tip.#tap();
        break;
      case 'focusin':
        if (path[0] === tip.#trigger) tip.#focus();
        break;
      case 'focusout':
        if (path[0] === tip.#trigger) tip.#blur();
        break;
    }
  }

  #enter(pointerY: number) {
    this.#pointerY = pointerY;
    this.#hovered = true;
    clearTimeout(this.#closeTimer);
    if (!this.#isOpen && this.#openTimer === undefined) this.#openTimer = setTimeout(() => this.#show(), HOVER_DELAY);
  }

  #leave() {
    this.#hovered = false;
    this.#stopTimers();
    this.#closeTimer = setTimeout(() => {
      if (!this.#hovered && !this.#focused) this.#hide();
    }, CLOSE_GRACE);
  }

  /** A tap toggles the tip; the focus that comes with the tap must not open it first. */
  #tap() {
    if (!this.#touched) return;
    this.#touched = false;
    if (this.#isOpen) this.#hide();
    else this.#show();
  }

  #focus() {
    this.#focused = true;
    if (!this.#touched) this.#show();
  }

  #blur() {
    this.#focused = false;
    if (!this.#hovered) this.#hide();
  }

  #stopTimers() {
    clearTimeout(this.#openTimer);
    clearTimeout(this.#closeTimer);
    this.#openTimer = this.#closeTimer = undefined;
  }

  #show() {
    this.#stopTimers();
    if (!this.#known || this.#isOpen || !this.isConnected) return;
    if (openTip) openTip.#hide();
    openTip = this;
    this.#isOpen = true;
    this.#tip.classList.add('open');
    this.#tip.showPopover?.();
    document.addEventListener('keydown', AcronymTip.#onKeyDown);
    document.addEventListener('pointerdown', AcronymTip.#onPointerDown, true);
    this.#clippers = clippingAncestors(this);
    AcronymTip.#follow();
  }

  #hide() {
    this.#stopTimers();
    if (!this.#isOpen) return;
    this.#isOpen = false;
    openTip = null;
    cancelAnimationFrame(frame);
    document.removeEventListener('keydown', AcronymTip.#onKeyDown);
    document.removeEventListener('pointerdown', AcronymTip.#onPointerDown, true);
    // A tip removed from the page was closed by the browser, and hidePopover() would throw.
    if (this.#tip.isConnected) this.#tip.hidePopover?.();
    this.#tip.classList.remove('open', 'away', 'above');
  }

  static #onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape' && openTip) openTip.#hide();
  }

  static #onPointerDown(event: PointerEvent) {
    if (openTip && !event.composedPath().includes(openTip)) openTip.#hide();
  }

  /**
   * Keeps the open tip beside its term every frame: scrolling in any container, in any shadow
   * root, and layout changes all move the term, and a frame loop sees them all. A term scrolled
   * out of sight hides its tip until it is back.
   */
  static #follow() {
    const tip = openTip;
    if (!tip) return;
    const view = document.documentElement;
    const viewport = { width: view.clientWidth, height: view.clientHeight };
    const term = tip.#termBox();
    const visible = term && visiblePart(term, tip.#clippers!, viewport);
    tip.#tip.classList.toggle('away', !visible);
    if (term && visible) {
      const at = placeTip(term, tip.#tip.getBoundingClientRect(), viewport);
      tip.#tip.style.setProperty('left', `${at.left}px`);
      tip.#tip.style.setProperty('top', `${at.top}px`);
      tip.#tip.classList.toggle('above', at.side === 'top');
    }
    frame = requestAnimationFrame(AcronymTip.#follow);
  }

  /** A term broken over two lines has two boxes: the tip goes by the one under the pointer, else the first. */
  #termBox(): Box | undefined {
    const boxes = [...this.#trigger.getClientRects()];
    const y = this.#pointerY;
    return (this.#hovered && boxes.find((b) => y >= b.top && y <= b.bottom)) || boxes[0];
  }
}

if (!customElements.get('acronym-tip')) customElements.define('acronym-tip', AcronymTip);

declare global {
  interface HTMLElementTagNameMap {
    'acronym-tip': AcronymTip;
  }
}
