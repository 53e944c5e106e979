/**
 * Where a tip goes, in viewport coordinates (the tip is `position: fixed` in the top layer).
 * Hand-written rather than Floating UI: the placement the tip needs (below, else above, slid
 * sideways to stay on screen, hidden when its term is scrolled out of sight) is ~0.7 KB gzip
 * here and ~5 KB with Floating UI's computePosition, flip, shift, hide and autoUpdate, which
 * would take half the standalone bundle's 10 KB budget (`node scripts/measure-positioning.mjs` measures both).
 * `followTerm` places the tip again only when something may have moved it (a scroll, a resize).
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  left: number;
  top: number;
  side: 'top' | 'bottom';
}

/** Space kept between the tip and its term, and between the tip and the viewport's edges. */
export const GAP = 6;
export const MARGIN = 8;

/**
 * Below the term if it fits, else above if that fits, else on the roomier side; centred on the
 * term, then slid to stay `MARGIN` inside the viewport. A tip larger than the viewport keeps its
 * top-left corner in view.
 */
export function placeTip(term: Box, tip: { width: number; height: number }, viewport: { width: number; height: number }): Placement {
  const below = viewport.height - MARGIN - term.bottom - GAP;
  const above = term.top - GAP - MARGIN;
  const side = tip.height <= below || (tip.height > above && below >= above) ? 'bottom' : 'top';
  const top = side === 'bottom' ? term.bottom + GAP : term.top - GAP - tip.height;
  const left = (term.left + term.right - tip.width) / 2;
  const clamp = (value: number, size: number, room: number) => Math.max(MARGIN, Math.min(value, room - MARGIN - size));
  return { left: clamp(left, tip.width, viewport.width), top: clamp(top, tip.height, viewport.height), side };
}

/** The elements whose overflow can hide `element`, nearest first, looking through shadow roots. */
export function clippingAncestors(element: Element): Element[] {
  const out: Element[] = [];
  for (let node: Node | null = element.parentNode; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    if (!(node instanceof Element) || node === document.documentElement) continue;
    const style = getComputedStyle(node);
    if (style.overflowX !== 'visible' || style.overflowY !== 'visible') out.push(node);
    // Nothing further out scrolls a fixed box away or cuts it off.
    if (style.position === 'fixed') break;
  }
  return out;
}

/** The part of `box` not cut off by `clippers` or the viewport, or null when none of it shows. */
export function visiblePart(box: Box, clippers: Element[], viewport: { width: number; height: number }): Box | null {
  let { left, top, right, bottom } = box;
  // A scroller shows its content inside its borders and scroll bars: the client area.
  const areas = clippers.map((c) => {
    const r = c.getBoundingClientRect();
    const x = r.left + c.clientLeft;
    const y = r.top + c.clientTop;
    return { left: x, top: y, right: x + c.clientWidth, bottom: y + c.clientHeight };
  });
  for (const clip of [...areas, { left: 0, top: 0, right: viewport.width, bottom: viewport.height }]) {
    left = Math.max(left, clip.left);
    top = Math.max(top, clip.top);
    right = Math.min(right, clip.right);
    bottom = Math.min(bottom, clip.bottom);
  }
  return right > left && bottom > top ? { left, top, right, bottom } : null;
}

/** How close the arrow comes to the tip's corners (its rounded border). */
const ARROW_INSET = 12;

/**
 * Keeps `tip` beside its term until the returned function is called, placing it again in the next
 * frame after anything that can move the term: a scroll of the page or of a container it is in
 * (through shadow roots), a resize of the window, of the visual viewport (pinch zoom, a phone's
 * keyboard), of the page, the term or the tip. Nothing runs while nothing moves. A term scrolled
 * out of sight hides its tip (class `away`) until it is back. `termBox` gives the term's box now
 * (a term broken over two lines has several; the caller picks one). The arrow points at the term's
 * middle (`--_arrow-x`, from the tip's left edge).
 */
export function followTerm(host: Element, tip: HTMLElement, termBox: () => Box | undefined): () => void {
  const clippers = clippingAncestors(host);
  let frame = 0;
  const place = () => {
    frame = 0;
    const view = document.documentElement;
    const viewport = { width: view.clientWidth, height: view.clientHeight };
    const term = termBox();
    const visible = term && visiblePart(term, clippers, viewport);
    tip.classList.toggle('away', !visible);
    if (term && visible) {
      const size = tip.getBoundingClientRect();
      const at = placeTip(term, size, viewport);
      tip.style.setProperty('left', `${at.left}px`);
      tip.style.setProperty('top', `${at.top}px`);
      const middle = (Math.max(term.left, visible.left) + Math.min(term.right, visible.right)) / 2 - at.left;
      tip.style.setProperty('--_arrow-x', `${Math.max(ARROW_INSET, Math.min(size.width - ARROW_INSET, middle))}px`);
      tip.classList.toggle('above', at.side === 'top');
    }
  };
  const schedule = () => {
    frame ||= requestAnimationFrame(place);
  };
  place();
  const listen = { capture: true, passive: true };
  // A scroll inside a shadow root reaches no document listener: each container is heard itself.
  const scrollers: EventTarget[] = [document, ...clippers];
  for (const scroller of scrollers) scroller.addEventListener('scroll', schedule, listen);
  const viewports: EventTarget[] = [window, ...(window.visualViewport ? [window.visualViewport] : [])];
  for (const target of viewports) target.addEventListener('resize', schedule, listen);
  window.visualViewport?.addEventListener('scroll', schedule, listen);
  const resized = new ResizeObserver(schedule);
  for (const element of [document.documentElement, host, tip]) resized.observe(element);
  return () => {
    cancelAnimationFrame(frame);
    frame = 0;
    for (const scroller of scrollers) scroller.removeEventListener('scroll', schedule, listen);
    for (const target of viewports) target.removeEventListener('resize', schedule, listen);
    window.visualViewport?.removeEventListener('scroll', schedule, listen);
    resized.disconnect();
  };
}
