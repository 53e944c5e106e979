/**
 * Styles of `<acronym-tip>`, adopted into each shadow root (a constructed stylesheet is allowed
 * under `style-src 'self'`; a `<style>` element or a style attribute would not be). Plain CSS
 * text rather than Lit's `css`, so the standalone bundle carries no Lit.
 *
 * Kept compact (no comments, little white space): this text ships as it is in the tips' bundle.
 * - The tip's colours follow the page's colour scheme (light-dark(), in every browser the README lists), not the system's:
 *   a light-only page gets a light tip.
 * - font-family: var(--dl-tip-font-family) with no fallback is the page's font (an unset custom property makes it inherit);
 *   the other font properties are reset, so a term in italics or bold gets a plain tip.
 * - The !important on :host takes back the look term-styles.ts gives a tip not built yet: the term's part shows it now.
 * - .tip::before bridges the gap to the term, so the pointer can cross it without leaving both.
 * - .tip::after is the arrow: a square turned a quarter, half of it showing above the tip (below when the tip is above),
 *   at --_arrow-x (set by followTerm) from the tip's left edge.
 */
import { TERM_FOCUS, TERM_LOOK } from './term-styles.js';

const css = `
:host{display:inline;text-decoration:none!important;cursor:inherit!important}
:host([hidden]){display:none}
.trigger.known{${TERM_LOOK}}
.trigger.known:focus{outline:none}
.trigger.known:focus-visible{${TERM_FOCUS}}
.tip{--bg:var(--dl-tip-background,light-dark(#fff,#1f2329));--fg:var(--dl-tip-color,light-dark(#1b1e23,#f1f3f5));--muted:var(--dl-tip-muted-color,light-dark(#454a52,#c3c8cf));--line:var(--dl-tip-border-color,light-dark(#6b717a,#8a919b));display:none;position:fixed;inset:auto;left:0;top:0;z-index:2147483647;box-sizing:border-box;width:max-content;max-width:min(var(--dl-tip-max-width,22rem),calc(100vw - 16px));margin:0;padding:calc(var(--dl-space,1rem)*.5) calc(var(--dl-space,1rem)*.75);overflow:visible;border:1px solid var(--line);border-radius:6px;background:var(--bg);color:var(--fg);box-shadow:0 4px 14px light-dark(rgb(0 0 0/.18),rgb(0 0 0/.5));font-family:var(--dl-tip-font-family);font-size:var(--dl-tip-font-size,0.875rem);font-style:normal;font-weight:400;font-variant:normal;line-height:1.45;text-align:start;text-indent:0;text-transform:none;text-decoration:none;letter-spacing:normal;word-spacing:normal;white-space:normal;overflow-wrap:anywhere;cursor:auto}
.tip.open{display:block}
.tip.away{visibility:hidden}
.tip::before{content:'';position:absolute;left:0;right:0;height:8px;bottom:100%}
.tip.above::before{top:100%;bottom:auto}
.expansion{display:block;font-weight:600}
.expansion:empty{display:none}
.definition{display:block}
.expansion + .definition,.source{margin-top:0.25rem}
.source{display:block;font-size:0.85em;color:var(--muted)}
.source:empty{display:none}
.tip::after{content:'';position:absolute;top:-5px;left:calc(var(--_arrow-x,50%) - 4.5px);width:8px;height:8px;background:var(--bg);border:1px solid var(--line);border-width:1px 0 0 1px;transform:rotate(45deg)}
.tip.above::after{top:auto;bottom:-5px;border-width:0 1px 1px 0}
@media (prefers-reduced-motion:no-preference){.tip.open{animation:dl-tip-in 120ms ease-out}
}
@keyframes dl-tip-in{from{opacity:0}
}
@media (forced-colors:active){.tip{border-color:CanvasText}
.tip::after{border-color:CanvasText;background:Canvas}
.trigger.known:focus-visible{outline-color:Highlight}
}

`;

let sheet: CSSStyleSheet | undefined;

/** One sheet shared by every tip on the page. */
export function tipStyles(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  return sheet;
}
