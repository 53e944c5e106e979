/**
 * When a tip opens and closes: on hover after a delay, at once on focus, on tap; it stays open
 * while hovered or focused, never times out, and closes with Escape or a press elsewhere. Only
 * one tip is open at a time on a page.
 */

/** How long the pointer rests on a term before its tip opens, and may be away before it closes. */
export const HOVER_DELAY = 300;
export const CLOSE_GRACE = 150;

/** What the interaction drives: the element's own opening and closing. */
export interface Openable {
  isOpen(): boolean;
  show(): void;
  hide(): void;
}

/** The hover, focus and touch state of one tip, and the timers between them. */
export class TipInteraction {
  hovered = false;
  /** Where the pointer was last over the term: a term broken over two lines is placed by the line under it. */
  pointerY = -1;
  #focused = false;
  #touched = false;
  #openTimer?: ReturnType<typeof setTimeout>;
  #closeTimer?: ReturnType<typeof setTimeout>;

  constructor(private readonly tip: Openable) {}

  /** `waited`: how long ago the pointer arrived (the first hover of a page waits for the tips' code). */
  enter(pointerY: number, waited = 0): void {
    this.pointerY = pointerY;
    this.hovered = true;
    clearTimeout(this.#closeTimer);
    if (!this.tip.isOpen() && this.#openTimer === undefined) this.#openTimer = setTimeout(() => this.tip.show(), Math.max(0, HOVER_DELAY - waited));
  }

  leave(): void {
    this.hovered = false;
    this.stopTimers();
    this.#closeTimer = setTimeout(() => {
      if (!this.hovered && !this.#focused) this.tip.hide();
    }, CLOSE_GRACE);
  }

  pressed(touch: boolean): void {
    this.#touched = touch;
  }

  /** A touch that turns into a scroll is not a tap. */
  cancelled(): void {
    this.#touched = false;
  }

  /** A tap toggles the tip; the focus that comes with the tap must not open it first. */
  tapped(): void {
    if (!this.#touched) return;
    this.#touched = false;
    if (this.tip.isOpen()) this.tip.hide();
    else this.tip.show();
  }

  focused(): void {
    this.#focused = true;
    if (!this.#touched) this.tip.show();
  }

  blurred(): void {
    this.#focused = false;
    if (!this.hovered) this.tip.hide();
  }

  stopTimers(): void {
    clearTimeout(this.#openTimer);
    clearTimeout(this.#closeTimer);
    this.#openTimer = this.#closeTimer = undefined;
  }
}

let openTip: { host: Element; hide(): void } | null = null;

/** Escape closes the open tip. */
export function escapePressed(): void {
  openTip?.hide();
}

/** A press outside the open tip closes it. */
export function pressedAt(path: readonly EventTarget[]): void {
  if (openTip && !path.includes(openTip.host)) openTip.hide();
}

function onKeyDown(event: KeyboardEvent): void {
  if (event.key === 'Escape') escapePressed();
}

function onPointerDown(event: PointerEvent): void {
  pressedAt(event.composedPath());
}

/** Records `tip` as the page's open tip, closing the one open before; Escape or a press elsewhere closes it. */
export function opened(tip: { host: Element; hide(): void }): void {
  if (openTip && openTip.host !== tip.host) openTip.hide();
  openTip = tip;
  document.addEventListener('keydown', onKeyDown);
  document.addEventListener('pointerdown', onPointerDown, true);
}

export function closed(host: Element): void {
  if (openTip?.host !== host) return;
  openTip = null;
  document.removeEventListener('keydown', onKeyDown);
  document.removeEventListener('pointerdown', onPointerDown, true);
}
