/**
 * The look of a term whose tip was never touched: `<acronym-tip>` itself, styled from a sheet the
 * tip's root (the document, or the shadow root it sits in) adopts, so the thousands of tips an
 * article gets in 'all' mode need no shadow root until a reader hovers, focuses or taps one (a
 * constructed sheet is allowed under a strict CSP; a `<style>` element would need a nonce).
 *
 * The same look as `.trigger.known` in acronym-tip.styles.ts, which takes over once the tip is
 * built; `:where()` leaves the page free to restyle the term. Kept compact: it ships as it is.
 */
/** The term's look, shared with the built tip's `.trigger.known` (one copy in the bundle). */
export const TERM_LOOK =
  'text-decoration:underline dotted var(--dl-tip-underline-color,currentColor);text-decoration-thickness:max(1px,0.07em);text-underline-offset:0.18em;text-decoration-skip-ink:none;cursor:help;border-radius:2px';
export const TERM_FOCUS = 'outline:2px solid var(--dl-tip-focus-color,currentColor);outline-offset:2px';

/** The sheet for the element's tag: `acronym-tip`, or the name a page registered the class under. */
const css = (tag: string) =>
  `:where(${tag}){${TERM_LOOK}}:where(${tag}):focus-visible{${TERM_FOCUS}}@media (forced-colors:active){${tag}:focus-visible{outline-color:Highlight}}`;

const sheets = new Map<string, CSSStyleSheet>();
const adopted = new WeakMap<Node, Set<string>>();

/** Adds the terms' sheet for `tag` to `root` (a connected tip's: the document or a shadow root) once. */
export function adoptTermStyles(root: Node, tag: string): void {
  let tags = adopted.get(root);
  if (!tags) adopted.set(root, (tags = new Set()));
  if (tags.has(tag)) return;
  tags.add(tag);
  let sheet = sheets.get(tag);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css(tag));
    sheets.set(tag, sheet);
  }
  const owner = root as Document | ShadowRoot;
  owner.adoptedStyleSheets = [...owner.adoptedStyleSheets, sheet];
}
