import { css } from 'lit';

export const styles = css`
  :host {
    --_flip: var(--dl-card-flip-duration, 0.5s);
  }
  .base {
    max-width: var(--_max-width);
  }
  p {
    margin: 0 0 0.75em;
  }
  h2 {
    font-size: 1.2em;
    line-height: 1.25;
    margin: 0;
  }
  .session:focus {
    outline: none;
  }
  /* "Done for today." takes focus by script: a ring when the browser shows focus (after a key press), as on a control. */
  .done:focus:not(:focus-visible) {
    outline: none;
  }
  a {
    color: var(--_accent);
  }
  .side-label {
    display: block;
    font-size: 0.8em;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_muted);
    margin: 0 0 0.35em;
  }
  .hint,
  .keys {
    color: var(--_muted);
    font-size: 0.92em;
    margin: 0.5em 0 0;
  }

  /* A single card: the button stays still (and keeps its focus ring) while the faces inside turn. */
  button.card {
    display: block;
    width: 100%;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    text-align: start;
    perspective: 60rem;
  }
  button.card:hover {
    filter: none;
  }
  .faces {
    display: grid;
    transform-style: preserve-3d;
    transition: transform var(--_flip) ease-in-out;
  }
  .flipped .faces {
    transform: rotateY(180deg);
  }
  .face {
    grid-area: 1 / 1;
    display: flex;
    flex-direction: column;
    justify-content: center;
    min-height: var(--dl-card-min-height, 10rem);
    padding: var(--_inset);
    border: 1px solid var(--_border);
    border-inline-start: 6px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    backface-visibility: hidden;
    -webkit-backface-visibility: hidden;
  }
  .face.back {
    transform: rotateY(180deg);
    background: var(--_subtle);
  }
  .face-text {
    display: block;
    font-size: 1.2em;
    overflow-wrap: anywhere;
  }
  @media (prefers-reduced-motion: reduce) {
    /* No turning: the sides cross-fade in place. */
    .faces,
    .flipped .faces,
    .face.back {
      transform: none;
      transition: none;
    }
    .face {
      transition: opacity calc(var(--_flip) / 2) linear, visibility 0s linear calc(var(--_flip) / 2);
    }
    .face.back,
    .flipped .face.front {
      opacity: 0;
      visibility: hidden;
    }
    .flipped .face.back {
      opacity: 1;
      visibility: visible;
      transition-delay: 0s;
    }
  }

  .source {
    margin-top: 0.75em;
    font-size: 0.95em;
  }
  .source-line {
    color: var(--_muted);
    margin: 0 0 0.25em;
  }
  details.quote summary {
    width: fit-content;
    min-height: 1.5rem;
    padding-block: 0.1rem;
    cursor: pointer;
    color: var(--_accent);
  }
  details.quote blockquote {
    margin: 0.35em 0 0;
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--_border);
    font-style: italic;
  }
  details.quote blockquote::before {
    content: '“';
  }
  details.quote blockquote::after {
    content: '”';
  }

  /* The problems with a deck or card, framed as a session is (and as the quiz frames its own), with the error edge. */
  .base.error {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_wrong);
    border-radius: var(--_radius);
    padding: var(--_inset);
  }

  /* A review session. */
  .session {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_inset);
  }
  .session-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_space-s) var(--_space);
    margin-bottom: var(--_space);
  }
  .counts {
    display: flex;
    /* Wraps where the labels are long (Finnish "Kerrattavana") and the screen narrow. */
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space);
    margin: 0;
  }
  .count {
    display: flex;
    gap: 0.35rem;
  }
  .count dt {
    color: var(--_muted);
  }
  .count dd {
    margin: 0;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .review-card.turnable {
    cursor: pointer;
  }
  .review-card {
    padding: var(--_inset);
    border: 1px solid var(--_border);
    border-inline-start: 6px solid var(--_accent);
    border-radius: var(--_radius);
  }
  .front,
  .back-text {
    font-size: 1.2em;
    overflow-wrap: anywhere;
  }
  .answer.shown {
    border-top: 1px solid var(--_border);
    padding-top: 0.75em;
    animation: appear 0.2s ease-out;
  }
  .back-text {
    margin-bottom: 0;
  }
  .actions {
    margin-top: var(--_space);
  }
  fieldset.ratings {
    border: 0;
    padding: 0;
    margin: var(--_space) 0 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-bottom: 0.5em;
    font-weight: 600;
  }
  .rating-buttons {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(7rem, 1fr));
    /* Rows of equal height: wrapped on a phone, Again (with its thicker edge) is no taller than the others. */
    grid-auto-rows: 1fr;
    gap: var(--_space-s);
  }
  button.rating {
    display: flex;
    flex-direction: column;
    align-items: center;
    line-height: 1.25;
  }
  button.rating.again {
    /* The thicker edge takes the place of padding: Again is as tall as the others, its text level with theirs. */
    border-top: 4px solid var(--_wrong);
    padding-top: calc(var(--_space-s) - 3px);
  }
  .rating-name {
    font-weight: 600;
  }
  .interval {
    font-size: 0.9em;
    color: var(--_text);
  }
  .done {
    padding: var(--_space);
    background: var(--_subtle);
    border-radius: var(--_radius);
  }
  .done-title {
    font-weight: 700;
    font-size: 1.1em;
  }
  .done p:last-child {
    margin-bottom: 0;
  }
  .notice {
    color: var(--_muted);
    font-size: 0.92em;
  }
  .notice.shown {
    margin-top: 0.5em;
  }
  /* Movement only: fading in would leave text below contrast minimums while it runs. */
  @keyframes appear {
    from {
      transform: translateY(-0.25rem);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .answer.shown {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    .face,
    .review-card {
      border-inline-start-width: 3px;
    }
  }
  @media print {
    /* Paper cannot turn: both sides, one under the other. */
    .faces,
    .flipped .faces,
    .face.back {
      transform: none;
      transition: none;
    }
    .faces {
      display: block;
    }
    .face,
    .flipped .face.front,
    .face.back {
      display: block;
      min-height: 0;
      opacity: 1;
      visibility: visible;
      backface-visibility: visible;
      -webkit-backface-visibility: visible;
      break-inside: avoid;
    }
    .face.back {
      border-top-style: dashed;
      margin-top: -1px;
    }
    .hint,
    .keys,
    .actions,
    fieldset.ratings,
    details.quote summary {
      display: none;
    }
  }
`;
