/**
 * Styles of `<acronym-tip>`, adopted into each shadow root (a constructed stylesheet is allowed
 * under `style-src 'self'`; a `<style>` element or a style attribute would not be). Plain CSS
 * text rather than Lit's `css`, so the standalone bundle carries no Lit.
 */
const css = `
:host { display: inline; }
:host([hidden]) { display: none; }

.trigger.known {
  text-decoration: underline dotted var(--dl-tip-underline-color, currentColor);
  text-decoration-thickness: max(1px, 0.07em);
  text-underline-offset: 0.18em;
  text-decoration-skip-ink: none;
  cursor: help;
  border-radius: 2px;
}
.trigger.known:focus { outline: none; }
.trigger.known:focus-visible {
  outline: 2px solid var(--dl-tip-focus-color, currentColor);
  outline-offset: 2px;
}

.tip {
  --bg: var(--dl-tip-background, #ffffff);
  --fg: var(--dl-tip-color, #1b1e23);
  --muted: var(--dl-tip-muted-color, #454a52);
  --line: var(--dl-tip-border-color, #6b717a);
  display: none;
  position: fixed;
  inset: auto;
  left: 0;
  top: 0;
  z-index: 2147483647;
  box-sizing: border-box;
  width: max-content;
  max-width: min(var(--dl-tip-max-width, 22rem), calc(100vw - 16px));
  margin: 0;
  padding: calc(var(--dl-space, 1rem) * 0.5) calc(var(--dl-space, 1rem) * 0.75);
  overflow: visible;
  border: 1px solid var(--line);
  border-radius: 6px;
  background: var(--bg);
  color: var(--fg);
  box-shadow: 0 4px 14px rgb(0 0 0 / 0.18);
  font: normal normal 400 var(--dl-tip-font-size, 0.875rem) / 1.45 var(--dl-tip-font-family, system-ui, sans-serif);
  text-align: start;
  text-indent: 0;
  text-transform: none;
  letter-spacing: normal;
  word-spacing: normal;
  white-space: normal;
  overflow-wrap: anywhere;
  cursor: auto;
}
.tip.open { display: block; }
.tip.away { visibility: hidden; }
/* Bridges the gap to the term, so the pointer can cross it without leaving both. */
.tip::before { content: ''; position: absolute; left: 0; right: 0; height: 8px; bottom: 100%; }
.tip.above::before { top: 100%; bottom: auto; }

.expansion { display: block; font-weight: 600; }
.expansion:empty { display: none; }
.definition { display: block; }
.expansion + .definition, .source { margin-top: 0.25rem; }
.source { display: block; font-size: 0.85em; color: var(--muted); }
.source:empty { display: none; }

@media (prefers-color-scheme: dark) {
  .tip {
    --bg: var(--dl-tip-background, #1f2329);
    --fg: var(--dl-tip-color, #f1f3f5);
    --muted: var(--dl-tip-muted-color, #c3c8cf);
    --line: var(--dl-tip-border-color, #8a919b);
    box-shadow: 0 4px 14px rgb(0 0 0 / 0.5);
  }
}
@media (prefers-reduced-motion: no-preference) {
  .tip.open { animation: dl-tip-in 120ms ease-out; }
}
@keyframes dl-tip-in { from { opacity: 0; } }
@media (forced-colors: active) {
  .tip { border-color: CanvasText; }
  .trigger.known:focus-visible { outline-color: Highlight; }
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
