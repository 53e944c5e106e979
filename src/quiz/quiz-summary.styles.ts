import { css } from 'lit';

/** The results: the breakdown by tag, the compact review (one line per question, details on demand) and its filter. */
export const summaryStyles = css`
  table.by-tag {
    border-collapse: collapse;
    margin: var(--_space) 0;
    min-width: 16rem;
  }
  .by-tag caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.35rem;
  }
  .by-tag th,
  .by-tag td {
    text-align: start;
    padding: 0.3rem 1rem 0.3rem 0;
    border-bottom: 1px solid var(--_border);
  }
  .by-tag th[scope='row'] {
    font-weight: 400;
  }
  .all-right {
    font-weight: 600;
  }
  .review-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25rem var(--_space);
    margin-top: calc(var(--_space) * 1.5);
  }
  .review-head h3 {
    margin: 0;
  }
  .only-missed {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.75rem;
    cursor: pointer;
  }
  .only-missed input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  /* "Show only the ones I missed": the right ones leave the list (and the accessibility tree). */
  .summary:has(.only-missed input:checked) .review-item.is-right {
    display: none;
  }
  .review {
    list-style: none;
    margin: 0.5rem 0 0;
    padding: 0;
    border-top: 1px solid var(--_border);
  }
  .review-item {
    border-bottom: 1px solid var(--_border);
  }
  .review-item summary {
    display: grid;
    grid-template-columns: auto var(--_number) minmax(0, 1fr);
    gap: 0.1rem 0.6rem;
    align-items: baseline;
    padding: 0.6rem 0.25rem;
    min-height: 2.75rem;
    cursor: pointer;
    list-style: none;
  }
  .review-item summary::-webkit-details-marker {
    display: none;
  }
  /* The disclosure triangle, turning as the details open. */
  .review-item summary::before {
    content: '';
    grid-row: 1;
    align-self: start;
    /* On the first line of the prompt, however many it takes. */
    margin-top: 0.45em;
    width: 0.5rem;
    height: 0.5rem;
    border-inline-end: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: rotate(-45deg);
    transition: transform 0.15s;
  }
  .review-item summary:dir(rtl)::before {
    transform: rotate(135deg);
  }
  .review-item details[open] > summary::before {
    transform: rotate(45deg);
  }
  .review-item summary:hover .review-prompt {
    text-decoration: underline;
  }
  /* Each row keeps its question's number, as on the quiz's screens ("Question 3 of 10"), in a column of its own. */
  .review {
    --_number: 3ch;
  }
  .review-number {
    grid-column: 2;
    grid-row: 1;
    text-align: end;
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }
  .review-prompt {
    grid-column: 3;
    overflow-wrap: anywhere;
  }
  .review-verdict {
    grid-column: 3;
    font-weight: 600;
  }
  .review-verdict.is-right {
    color: var(--_right);
  }
  .review-verdict.is-wrong {
    color: var(--_wrong);
  }
  .review-verdict.is-partial {
    color: var(--_partial);
  }
  .review-glyph {
    font-weight: 700;
  }
  .review-details {
    padding: 0 0.25rem 0.75rem calc(0.25rem + 0.5rem + 0.6rem + var(--_number) + 0.6rem);
    overflow-wrap: anywhere;
  }
  .review-details > :first-child {
    margin-top: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    .review-item summary::before {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .review-item summary::before {
      border-color: CanvasText;
    }
  }
`;
