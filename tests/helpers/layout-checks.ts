/**
 * Layout defects a machine can see in an element's shadow tree, in the words a reviewer would use:
 * what sticks out of its column, a control whose text is cut off, text that overflows its own box
 * (clipped, or drawn over what follows), and a target smaller than WCAG 2.5.8's 24 × 24 px.
 */

/** Targets: what a pointer activates. Links inside a sentence are exempt (WCAG 2.5.8 "inline"). */
const TARGETS = 'button, select, summary, input:not([type=radio]):not([type=checkbox]), a[href], label:has(input[type=radio], input[type=checkbox])';
/** Controls whose text can be cut off by their own box. */
const CONTROLS = /^(button|select|summary|a|label)$/;

function describe(el: Element): string {
  const classes = typeof el.className === 'string' && el.className ? `.${el.className.trim().replace(/\s+/g, '.')}` : '';
  return `${el.localName}${classes} “${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}”`;
}

/** Every element of a shadow tree and of the shadow trees inside it. */
function* deepElements(root: ShadowRoot | Document): Generator<HTMLElement> {
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    yield el;
    if (el.shadowRoot) yield* deepElements(el.shadowRoot);
  }
}

const shown = (el: HTMLElement) => {
  if (el.closest('.visually-hidden')) return false;
  const box = el.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && el.checkVisibility({ visibilityProperty: true });
};

export interface LayoutOptions {
  /** Check targets' size (off under text-spacing overrides, which only make things bigger). */
  targets?: boolean;
}

/** The defects of `host` (an element with a shadow root) in the column that holds it. */
export function layoutDefects(host: HTMLElement, { targets = true }: LayoutOptions = {}): string[] {
  const column = host.parentElement!.getBoundingClientRect();
  const found: string[] = [];
  if (host.scrollWidth > column.width + 1) found.push(`the element is ${host.scrollWidth} px wide in a ${column.width} px column`);
  for (const el of deepElements(host.shadowRoot!)) {
    if (!shown(el)) continue;
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    if (box.right > column.right + 1 || box.left < column.left - 1) found.push(`${describe(el)} spans ${Math.round(box.left)}–${Math.round(box.right)}`);
    if (CONTROLS.test(el.localName) && el.scrollWidth > el.clientWidth + 1)
      found.push(`${describe(el)} clips its text (${el.scrollWidth} > ${el.clientWidth} px)`);
    // Text taller than its box: clipped when the box hides overflow, drawn over the next line when it does not.
    // Inline boxes and replaced controls report no height of their own to compare.
    const text = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
    if (text && style.display !== 'inline' && el.localName !== 'select' && el.localName !== 'input' && el.scrollHeight > el.clientHeight + 2)
      found.push(`${describe(el)} overflows its box (${el.scrollHeight} > ${el.clientHeight} px)`);
    if (targets && el.matches(TARGETS) && (box.width < 24 || box.height < 24))
      found.push(`${describe(el)} is a ${Math.round(box.width)} × ${Math.round(box.height)} px target`);
  }
  return found;
}

/** WCAG 1.4.12's text-spacing overrides, as the usual bookmarklet applies them (with !important, over any author style). */
const TEXT_SPACING = `
* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }
`;

/** Applies the text-spacing overrides to `host`'s shadow trees (they do not cross a shadow boundary from the page) while `check` runs. */
export async function withTextSpacing<T>(host: HTMLElement, check: () => T | Promise<T>): Promise<T> {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(TEXT_SPACING);
  const roots = [host.shadowRoot!, ...[...deepElements(host.shadowRoot!)].flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : []))];
  const before = roots.map((root) => root.adoptedStyleSheets);
  roots.forEach((root) => (root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet]));
  try {
    await new Promise((r) => setTimeout(r, 20));
    return await check();
  } finally {
    roots.forEach((root, i) => (root.adoptedStyleSheets = before[i] ?? []));
  }
}
