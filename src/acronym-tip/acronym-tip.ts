import { tipMessagesFor } from '../messages/tip-messages.js';
import { langOf } from '../messages/messages.js';
import { tipStyles } from './acronym-tip.styles.js';
import { glossaryUrl, loadGlossary, loadedGlossary, warnOnce } from './glossary-source.js';
import { clippingAncestors, placeTip, visiblePart, type Box } from './place-tip.js';
import type { GlossaryIndex, TipEntry } from './read-glossary.js';
import { normaliseTerm } from './term-matcher.js';

/** How long the pointer rests on a term before its tip opens, and may be away before it closes. */
const HOVER_DELAY = 300;
const CLOSE_GRACE = 150;

/** Only one tip is open at a time on a page. */
let openTip: AcronymTip | null = null;

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

  #trigger!: HTMLSpanElement;
  #tip!: HTMLDivElement;
  #expansionPart!: HTMLElement;
  #definitionPart!: HTMLElement;
  #sourcePart!: HTMLElement;
  #known = false;
  #isOpen = false;
  #hovered = false;
  #focused = false;
  #touched = false;
  #pointerY: number | null = null;
  #openTimer?: ReturnType<typeof setTimeout>;
  #closeTimer?: ReturnType<typeof setTimeout>;
  #frame = 0;
  #clippers: Element[] = [];
  #lookup = 0;

  #reflect(name: string, value: string | null) {
    if (value === null) this.removeAttribute(name);
    else this.setAttribute(name, value);
  }

  connectedCallback() {
    if (!this.shadowRoot) this.#build();
    this.#resolve();
  }

  disconnectedCallback() {
    this.#hide();
  }

  attributeChangedCallback(_name: string, old: string | null, value: string | null) {
    if (old !== value && this.shadowRoot) this.#resolve();
  }

  #build() {
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [tipStyles()];
    const part = <K extends keyof HTMLElementTagNameMap>(tag: K, name: string) => {
      const el = document.createElement(tag);
      el.className = name;
      el.setAttribute('part', name);
      return el;
    };
    this.#trigger = part('span', 'trigger');
    this.#trigger.append(document.createElement('slot'));
    this.#tip = part('div', 'tip');
    this.#tip.id = 'tip';
    this.#tip.setAttribute('role', 'tooltip');
    this.#tip.setAttribute('popover', 'manual');
    this.#expansionPart = part('span', 'expansion');
    this.#definitionPart = part('span', 'definition');
    this.#sourcePart = part('span', 'source');
    // The spaces separate the parts when the description is read out; between blocks they do not show.
    this.#tip.append(this.#expansionPart, ' ', this.#definitionPart, ' ', this.#sourcePart);
    root.append(this.#trigger, this.#tip);

    const t = this.#trigger;
    t.addEventListener('pointerenter', this.#onEnter);
    t.addEventListener('pointerleave', this.#onLeave);
    t.addEventListener('pointerdown', this.#onPointerDown);
    t.addEventListener('pointercancel', this.#onPointerDown);
    t.addEventListener('click', this.#onClick);
    t.addEventListener('focus', this.#onFocus);
    t.addEventListener('blur', this.#onBlur);
    this.#tip.addEventListener('pointerenter', this.#onEnter);
    this.#tip.addEventListener('pointerleave', this.#onLeave);
    root.addEventListener('slotchange', () => this.#resolve());
  }

  /** Finds the entry: from the attributes, else from the glossary (at once if it is loaded). */
  #resolve() {
    if (!this.isConnected) return;
    const term = normaliseTerm(this.getAttribute('term') ?? this.textContent ?? '');
    const lookup = ++this.#lookup;
    const definition = this.getAttribute('definition')?.trim();
    if (definition) {
      const expansion = this.getAttribute('expansion')?.trim();
      this.#render({ term, definition, ...(expansion ? { expansion } : {}) });
      return;
    }
    if (!term) return this.#render(undefined);
    const url = glossaryUrl(this.getAttribute('glossary'));
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
    if (index?.lang) this.#tip.lang = index.lang;
    else this.#tip.removeAttribute('lang');
    this.#render(entry);
  }

  #render(entry: TipEntry | undefined) {
    this.#known = !!entry;
    this.#trigger.classList.toggle('known', this.#known);
    if (!entry) {
      this.#hide();
      this.#trigger.removeAttribute('tabindex');
      this.#trigger.removeAttribute('aria-describedby');
      this.#expansionPart.textContent = this.#definitionPart.textContent = this.#sourcePart.textContent = '';
      return;
    }
    const text = tipMessagesFor(langOf(this));
    const source = entry.source;
    this.#expansionPart.textContent = entry.expansion ?? '';
    this.#definitionPart.textContent = entry.definition;
    this.#sourcePart.textContent = !source ? '' : 'url' in source ? text.webSource(source.note, source.url) : text.source(source.title, source.publisher, source.date);
    this.#trigger.tabIndex = 0;
    this.#trigger.setAttribute('aria-describedby', 'tip');
  }

  #onEnter = (event: PointerEvent) => {
    if (event.pointerType === 'touch') return;
    this.#hovered = true;
    this.#pointerY = event.clientY;
    clearTimeout(this.#closeTimer);
    if (!this.#isOpen) {
      clearTimeout(this.#openTimer);
      this.#openTimer = setTimeout(() => this.#show(), HOVER_DELAY);
    }
  };

  #onLeave = (event: PointerEvent) => {
    if (event.pointerType === 'touch') return;
    this.#hovered = false;
    clearTimeout(this.#openTimer);
    clearTimeout(this.#closeTimer);
    this.#closeTimer = setTimeout(() => {
      if (!this.#hovered && !this.#focused) this.#hide();
    }, CLOSE_GRACE);
  };

  /** A touch that turns into a scroll is cancelled, and then it is not a tap. */
  #onPointerDown = (event: PointerEvent) => {
    this.#touched = event.type === 'pointerdown' && event.pointerType === 'touch';
  };

  /** A tap toggles the tip; the focus that comes with the tap must not open it first. */
  #onClick = () => {
    if (!this.#touched) return;
    this.#touched = false;
    if (this.#isOpen) this.#hide();
    else this.#show();
  };

  #onFocus = () => {
    this.#focused = true;
    if (!this.#touched) this.#show();
  };

  #onBlur = () => {
    this.#focused = false;
    if (!this.#hovered) this.#hide();
  };

  #onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') this.#hide();
  };

  #onOutsidePointer = (event: PointerEvent) => {
    if (!event.composedPath().includes(this)) this.#hide();
  };

  #show() {
    clearTimeout(this.#openTimer);
    if (!this.#known || this.#isOpen || !this.isConnected) return;
    if (openTip) openTip.#hide();
    openTip = this;
    this.#isOpen = true;
    this.#tip.classList.add('open');
    this.#tip.showPopover?.();
    document.addEventListener('keydown', this.#onKeyDown);
    document.addEventListener('pointerdown', this.#onOutsidePointer, true);
    this.#clippers = clippingAncestors(this);
    this.#follow();
  }

  #hide() {
    clearTimeout(this.#openTimer);
    clearTimeout(this.#closeTimer);
    if (!this.#isOpen) return;
    this.#isOpen = false;
    if (openTip === this) openTip = null;
    cancelAnimationFrame(this.#frame);
    document.removeEventListener('keydown', this.#onKeyDown);
    document.removeEventListener('pointerdown', this.#onOutsidePointer, true);
    // A tip removed from the page was closed by the browser, and hidePopover() would throw.
    if (this.#tip.isConnected) this.#tip.hidePopover?.();
    this.#tip.classList.remove('open', 'away', 'above');
  }

  /**
   * Keeps the tip beside its term every frame while it is open: scrolling in any container, in
   * any shadow root, and layout changes all move the term, and a frame loop sees them all. A term
   * scrolled out of sight hides its tip until it is back.
   */
  #follow = () => {
    const view = document.documentElement;
    const viewport = { width: view.clientWidth, height: view.clientHeight };
    const term = this.#termBox();
    const visible = term && visiblePart(term, this.#clippers, viewport);
    this.#tip.classList.toggle('away', !visible);
    if (term && visible) {
      const size = this.#tip.getBoundingClientRect();
      const at = placeTip(term, size, viewport);
      this.#tip.style.setProperty('left', `${at.left}px`);
      this.#tip.style.setProperty('top', `${at.top}px`);
      this.#tip.classList.toggle('above', at.side === 'top');
    }
    this.#frame = requestAnimationFrame(this.#follow);
  };

  /** A term broken over two lines has two boxes: the tip goes by the one under the pointer, else the first. */
  #termBox(): Box | undefined {
    const boxes = [...this.#trigger.getClientRects()];
    const y = this.#hovered ? this.#pointerY : null;
    return (y !== null && boxes.find((b) => y >= b.top && y <= b.bottom)) || boxes[0];
  }
}

if (!customElements.get('acronym-tip')) customElements.define('acronym-tip', AcronymTip);

declare global {
  interface HTMLElementTagNameMap {
    'acronym-tip': AcronymTip;
  }
}
