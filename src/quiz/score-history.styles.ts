import { css } from 'lit';

/** The score history (scores, the chart, mastery by topic), on the start screen and the results; loaded with the results code. */
export const scoreHistoryStyles = css`
  .score-line {
    margin: 0 0 0.25em;
  }
  .chart-figure {
    margin: 0.75em 0 0;
  }
  .chart-figure figcaption {
    color: var(--_muted);
    font-size: 0.9em;
  }
  svg.chart {
    display: block;
    width: 100%;
    max-width: 22rem;
    height: auto;
  }
  .chart-grid {
    stroke: var(--_border);
    stroke-width: 0.5;
    stroke-dasharray: 2 3;
  }
  .chart-label {
    fill: var(--_muted);
    font-size: 10px;
  }
  .chart-line {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2;
    stroke-linejoin: round;
  }
  .chart-dot {
    fill: var(--_accent);
    stroke: var(--_surface);
    stroke-width: 1.5;
  }
  ul.mastery {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.4rem;
  }
  .mastery-row {
    display: grid;
    grid-template-columns: minmax(6rem, 10rem) minmax(5rem, 12rem) auto;
    gap: var(--_space-m);
    align-items: center;
  }
  svg.mastery-bar {
    width: 100%;
    height: 0.65rem;
    border-radius: 0.3rem;
    overflow: hidden;
  }
  .mastery-track {
    fill: var(--_subtle);
    stroke: var(--_border);
    stroke-width: 1;
    vector-effect: non-scaling-stroke;
  }
  .mastery-fill {
    fill: var(--_right);
  }
  .mastery-text {
    color: var(--_muted);
    font-size: 0.92em;
  }
`;
