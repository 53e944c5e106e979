import { css } from 'lit';

/**
 * What every Lit element of the library shares: the internal colour and spacing tokens (each
 * overridable by its public --dl-* property, in light and dark mode alike), buttons, the focus ring
 * and a few utilities.
 * Elements list it first in their `static styles`.
 */
export const themeStyles = css`
  :host {
    /* Internal tokens: the public --dl-* properties override them, in light and dark mode alike. */
    --_text: var(--dl-color-text, #1b1f24);
    --_muted: var(--dl-color-muted, #4d5560);
    --_surface: var(--dl-color-surface, #ffffff);
    --_subtle: color-mix(in srgb, var(--_text) 5%, var(--_surface));
    --_border: var(--dl-color-border, #767f8a);
    --_accent: var(--dl-color-accent, #0b4fa8);
    --_accent-text: var(--dl-color-accent-text, #ffffff);
    --_right: var(--dl-color-right, #1a6b34);
    --_wrong: var(--dl-color-wrong, #b3261e);
    /* Amber: partial credit is neither right nor wrong (6.3:1 on white). */
    --_partial: var(--dl-color-partial, #8a5300);
    --_radius: var(--dl-radius, 0.5rem);
    /* One spacing scale, every step a fraction or multiple of the unit: gaps, paddings and margins use these. */
    --_space: var(--dl-space, 1rem);
    --_space-xs: calc(var(--_space) * 0.25);
    --_space-s: calc(var(--_space) * 0.5);
    --_space-m: calc(var(--_space) * 0.75);
    --_space-l: calc(var(--_space) * 1.25);
    --_space-xl: calc(var(--_space) * 1.5);
    /* Padding inside an element's frame: a step less on a phone, where every pixel of the line counts. */
    --_inset: var(--dl-inset, var(--_space-l));
    /* Buttons, fields and option rows: never shorter or narrower (44 px by default, above WCAG's 24 px minimum). */
    --_control: var(--dl-control-size, 2.75rem);
    /* The widest an element's frame grows; it always shrinks to its container. */
    --_max-width: var(--dl-max-width, 48rem);
    display: block;
    font-family: var(--dl-font, inherit);
    line-height: 1.5;
    color: var(--_text);
  }
  @media (max-width: 30rem) {
    :host {
      --_inset: var(--dl-inset, var(--_space-m));
    }
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_text: var(--dl-color-text, #e8eaed);
      --_muted: var(--dl-color-muted, #b6bcc4);
      --_surface: var(--dl-color-surface, #1d2127);
      --_border: var(--dl-color-border, #8d96a0);
      --_accent: var(--dl-color-accent, #8ab4f8);
      --_accent-text: var(--dl-color-accent-text, #0d1117);
      --_right: var(--dl-color-right, #6fd08c);
      --_wrong: var(--dl-color-wrong, #ff9b8f);
      --_partial: var(--dl-color-partial, #f0b849);
    }
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  button {
    font: inherit;
    min-height: var(--_control);
    min-width: var(--_control);
    padding: var(--_space-s) var(--_space);
    border-radius: var(--_radius);
    border: 1px solid var(--_accent);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
  }
  button.primary {
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: 600;
  }
  button[aria-disabled='true'] {
    opacity: 0.45;
    cursor: default;
  }
  button:hover:not([aria-disabled='true']) {
    filter: brightness(1.08);
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .error {
    border-inline-start: 4px solid var(--_wrong);
    padding-inline-start: var(--_space);
    /* A URL or JSON path in a problem is one long word: it wraps rather than widening the panel. */
    overflow-wrap: anywhere;
  }
  .error code {
    font-family: ui-monospace, monospace;
  }
  /* A long URL or path wraps inside the panel. */
  .error li {
    overflow-wrap: anywhere;
  }
  /*
   * Windows High Contrast and other forced-colour modes: the tokens become system colours, so every border,
   * mark, chart line and bar is drawn in the reader's palette. What the mode would flatten is given back in
   * its terms: the primary button in Highlight, a disabled one in GrayText, the focus ring in Highlight.
   * Right, wrong and partial are told apart by their words ("(right answer)", "Not quite."), never by colour alone.
   */
  @media (forced-colors: active) {
    :host {
      --_text: CanvasText;
      --_muted: CanvasText;
      --_surface: Canvas;
      --_subtle: Canvas;
      --_border: CanvasText;
      --_accent: Highlight;
      --_accent-text: HighlightText;
      --_right: CanvasText;
      --_wrong: CanvasText;
      --_partial: CanvasText;
    }
    button {
      border-color: ButtonText;
      color: ButtonText;
    }
    button.primary {
      forced-color-adjust: none;
      background: Highlight;
      border-color: Highlight;
      color: HighlightText;
    }
    button[aria-disabled='true'],
    button.primary[aria-disabled='true'] {
      opacity: 1;
      background: Canvas;
      border-color: GrayText;
      color: GrayText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
