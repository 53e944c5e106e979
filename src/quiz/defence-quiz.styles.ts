import { css } from 'lit';

export const styles = css`
  .base {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_inset);
    max-width: var(--_max-width);
  }
  h2 {
    font-size: 1.35em;
    margin: 0 0 0.5em;
    line-height: 1.25;
  }
  h3 {
    font-size: 1.1em;
    margin: 1.5em 0 0.5em;
  }
  p {
    margin: 0 0 0.75em;
  }
  .meta,
  .counter {
    color: var(--_muted);
  }
  .counter {
    margin: 0;
    font-size: 0.95em;
  }
  progress {
    display: block;
    width: 100%;
    height: 0.4rem;
    margin: 0.25rem 0 var(--_space);
    accent-color: var(--_accent);
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0 0 var(--_space);
    min-width: 0;
  }
  legend {
    font-size: 1.15em;
    font-weight: 600;
    padding: 0;
    margin-bottom: 0.75em;
  }
  ul.options,
  ul.match-list,
  ol.order-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space-s);
  }
  .options-inline {
    /* Side by side only where each has room for "(right answer, your choice)" on two lines: stacked on a phone. */
    grid-template-columns: repeat(auto-fit, minmax(min(10rem, 100%), 1fr));
  }
  /* The mark goes under the option's text, not in a side column that squeezes it on a phone (or, for True and False
     side by side, out of the box). */
  .option label {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.1rem 0.6rem;
    min-height: var(--_control);
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .option.chosen label {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .option-text {
    flex: 1 1 0;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  /* Its own line, indented past the control: padding inside the line's width, so it never widens the label. */
  .option label .mark {
    flex-basis: 100%;
    box-sizing: border-box;
    margin-inline-start: 0;
    padding-inline-start: 1.85rem;
    overflow-wrap: anywhere;
  }
  .option input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.15rem 0 0;
    flex: none;
    accent-color: var(--_accent);
  }
  .option input:disabled,
  .option input:disabled + .option-text {
    cursor: default;
  }
  .option-feedback {
    margin: 0.25rem 0 0 2.6rem;
    color: var(--_muted);
  }
  .mark {
    font-weight: 600;
    margin-inline-start: 0.4rem;
  }
  .is-right > .mark,
  .is-right .mark,
  .is-right.verdict,
  .feedback.is-right .verdict {
    color: var(--_right);
  }
  .is-wrong > .mark,
  .is-wrong .mark,
  .is-wrong.verdict,
  .feedback.is-wrong .verdict {
    color: var(--_wrong);
  }
  .is-partial > .mark,
  .is-partial .mark,
  .feedback.is-partial .verdict {
    color: var(--_partial);
  }
  .option.is-right label,
  .order-item.is-right,
  .match-row.is-right {
    border-color: var(--_right);
    box-shadow: inset 4px 0 0 var(--_right);
  }
  .option.is-wrong label,
  .order-item.is-wrong,
  .match-row.is-wrong {
    border-color: var(--_wrong);
    box-shadow: inset 4px 0 0 var(--_wrong);
  }
  .blank.is-right {
    border-color: var(--_right);
    border-width: 2px;
  }
  .blank.is-wrong {
    border-color: var(--_wrong);
    border-width: 2px;
  }
  .typed {
    display: grid;
    gap: 0.35rem;
    max-width: 28rem;
  }
  /* The unit stays on one line beside the field, or goes under it as a whole when the row is too narrow. */
  .typed-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-s);
    align-items: baseline;
  }
  .typed-row .unit {
    flex: 0 0 auto;
    max-width: 100%;
  }
  input[type='text'],
  select {
    /* A select is as wide as its longest option: without a cap it overflows a narrow column (WCAG 1.4.10). */
    max-width: 100%;
    min-width: 0;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    min-height: var(--_control);
    padding: 0.35rem 0.6rem;
  }
  .typed input {
    flex: 1 1 8rem;
    width: 100%;
  }
  /* The passage keeps a reading line height: only a line holding a field grows to fit it. */
  .cloze {
    container: cloze / inline-size;
    line-height: 1.6;
  }
  /* Fields in the running text sit on its baseline, all of one height whatever the passage's line height. */
  .cloze input,
  .cloze select {
    height: 2.5rem;
    min-height: 0;
    line-height: 1.5;
    padding-block: 0;
    vertical-align: baseline;
    margin: 0.15rem 0.2rem;
    max-width: calc(100% - 0.4rem);
  }
  /* The chosen option's whole text under its list, where a list may be too narrow for it (see chosen-text.input.ts). */
  .chosen-text {
    display: none;
  }
  /* On a phone a list in the passage takes the card's width, on a line of its own, its choice written out under it. */
  @container cloze (width < 36rem) {
    .cloze select {
      display: block;
      width: 100%;
      max-width: 100%;
      margin: 0.35rem 0 0;
    }
    .cloze .chosen-text {
      display: block;
      margin-bottom: 0.35rem;
    }
  }
  @container match-row (width < 36rem) {
    .match-row .chosen-text {
      display: block;
      flex-basis: 100%;
      margin-top: calc(var(--_space-s) * -0.5);
    }
  }
  .cloze .chosen-text,
  .match-row .chosen-text {
    padding-inline: calc(0.6rem + 1px);
    line-height: 1.4;
    overflow-wrap: anywhere;
  }
  .cloze .mark {
    overflow-wrap: anywhere;
  }
  .match-row .twice {
    flex-basis: 100%;
    margin: 0;
    color: var(--_partial);
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .match-row .mark {
    flex-basis: 100%;
    margin-inline-start: 0;
    overflow-wrap: anywhere;
  }
  /* Text and control on one baseline; a row keeps its height once checked (when the order buttons give way to a mark). */
  .match-row {
    container: match-row / inline-size;
  }
  .order-item,
  .match-row {
    display: flex;
    align-items: baseline;
    min-height: calc(var(--_control) + 0.9rem + 2px);
    gap: var(--_space-m);
    flex-wrap: wrap;
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .order-text {
    flex: 1 1 12rem;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  /* Beside its term, a match list takes most of the row: its options are the long texts, and a list cannot wrap them. */
  .match-left {
    flex: 1 1 6rem;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .order-buttons {
    display: flex;
    gap: 0.35rem;
  }
  .match-row select {
    flex: 4 1 14rem;
    width: 100%;
  }
  button.icon-button {
    padding: 0;
    font-size: 1.1em;
  }
  .unanswered-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  .question:focus,
  .feedback:focus,
  .summary:focus,
  .finish-check:focus {
    outline: none;
  }
  /* Focus moved by script to a section (the next question, the results) rings its heading, as the theme rings a control,
     when the browser shows focus (after a key press); no underline, which would make the heading look like a link. */
  .question:focus-visible .counter,
  .summary:focus-visible h2,
  .finish-check:focus-visible h2 {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
    border-radius: 2px;
  }
  @media (forced-colors: active) {
    .question:focus-visible .counter,
    .summary:focus-visible h2,
    .finish-check:focus-visible h2 {
      outline-color: Highlight;
    }
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-m);
    align-items: center;
    margin-top: var(--_space);
  }
  .hint {
    color: var(--_wrong);
    font-weight: 600;
  }
  .feedback {
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_subtle);
    border-inline-start: 4px solid var(--_border);
    animation: appear 0.2s ease-out;
  }
  .feedback.is-right {
    border-inline-start-color: var(--_right);
  }
  .feedback.is-wrong {
    border-inline-start-color: var(--_wrong);
  }
  .feedback.is-partial {
    border-inline-start-color: var(--_partial);
  }
  .verdict {
    font-weight: 700;
  }
  .source {
    margin: 0.75em 0 0;
  }
  .source blockquote {
    margin: 0 0 0.35em;
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--_border);
    font-style: italic;
  }
  .source blockquote::before {
    content: '“';
  }
  .source blockquote::after {
    content: '”';
  }
  .source figcaption {
    color: var(--_muted);
    font-size: 0.92em;
  }
  a {
    color: var(--_accent);
  }
  .score {
    font-size: 1.5em;
    font-weight: 700;
  }
  /* Movement only: fading in would leave text below contrast minimums while it runs. */
  @keyframes appear {
    from {
      transform: translateY(-0.25rem);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .feedback {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    .option.is-right label,
    .option.is-wrong label {
      border-width: 3px;
    }
    /* The chosen row's inset shadow is dropped in forced colours: a Highlight frame says it instead. */
    .option.chosen label {
      outline: 2px solid Highlight;
      outline-offset: -3px;
    }
  }
`;
