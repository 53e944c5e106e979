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

/** A tip as the page's listeners see it: its element, its focusable term, and its interaction. */
export interface TipTarget {
  host: Element;
  trigger: Element;
  interaction: TipInteraction;
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

  enter(pointerY: number): void {
    this.pointerY = pointerY;
    this.hovered = true;
    clearTimeout(this.#closeTimer);
    if (!this.tip.isOpen() && this.#openTimer === undefined) this.#openTimer = setTimeout(() => this.tip.show(), HOVER_DELAY);
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

const listening = new WeakSet<Node>();

/**
 * Listens for every tip in `root` (the document, or a shadow root tips sit in), once per root
 * rather than once per tip: an article annotated in 'all' mode may hold thousands of them.
 * `tipFor` names the tip an event concerns, if any (and only if `root` is that tip's own root).
 */
export function listenForTips(root: Node, tipFor: (event: Event) => TipTarget | undefined): void {
  if (listening.has(root)) return;
  listening.add(root);
  const route = (event: Event) => {
    const tip = tipFor(event);
    if (!tip) return;
    const { host, trigger, interaction } = tip;
    const pointer = event as PointerEvent;
    const touch = pointer.pointerType === 'touch';
    const onTrigger = event.composedPath()[0] === trigger;
    switch (event.type) {
      case 'pointerover':
        if (!touch) interaction.enter(pointer.clientY);
        break;
      case 'pointerout': {
        // Moving between the term and its tooltip is still being over the tip.
        const to = pointer.relatedTarget as Node | null;
        if (!touch && !(to && (to === host || host.contains(to) || host.shadowRoot!.contains(to)))) interaction.leave();
        break;
      }
      case 'pointerdown':
        interaction.pressed(touch);
        break;
      case 'pointercancel':
        interaction.cancelled();
        break;
      case 'click':
        interaction.tapped();
        break;
      case 'focusin':
        if (onTrigger) interaction.focused();
        break;
      case 'focusout':
        if (onTrigger) interaction.blurred();
        break;
    }
  };
  for (const type of ['pointerover', 'pointerout', 'pointerdown', 'pointercancel', 'click', 'focusin', 'focusout']) {
    root.addEventListener(type, route, true);
  }
}

let openTip: { host: Element; hide(): void } | null = null;

function onKeyDown(event: KeyboardEvent): void {
  if (event.key === 'Escape') openTip?.hide();
}

function onPointerDown(event: PointerEvent): void {
  if (openTip && !event.composedPath().includes(openTip.host)) openTip.hide();
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
