import { adoptStyles, html, type LitElement, nothing, type ReactiveController, type TemplateResult } from 'lit';

import { chunkLoader } from '../lazy-chunk.js';
import type { Messages, PageMessages } from '../messages/messages.js';
import type { Bank } from '../schema/bank-schema.js';
import type { QuizResult } from './quiz-session.js';
import type { SummaryActions } from './quiz-summary.js';
import type * as ResultsScreen from './results-screen.js';
import type { HistoryView } from './score-history.js';
import { shownPoints } from './shown-score.js';

type ResultsModule = typeof ResultsScreen;

/** The page's one request for the results code; after a failure (offline, a chunk left out) the next screen asks again. */
const requestResults = chunkLoader(() => import('./results-screen.js'));

/** What the results screen shows, besides the score line. */
export interface SummaryView {
  bank: Bank;
  result: QuizResult;
  passMark: number | undefined;
  actions: SummaryActions;
  /** The score history (the progress panel, history only), or null before any is read. */
  history: TemplateResult | null;
}

/**
 * The results code of a `<defence-quiz>` (results-screen.ts: the review, the score history, their styles), fetched on
 * demand: when the learner first acts on a question, so that the results show without a wait, or when a start screen
 * has past scores to show. Until it has arrived the results screen shows its heading and score; if it cannot be
 * fetched, a message says so in place of the rest.
 */
export class ResultsLoader implements ReactiveController {
  private module?: ResultsModule;
  private failed = false;
  private loading?: Promise<void>;
  private adopted = false;

  constructor(private readonly host: LitElement) {
    host.addController(this);
  }

  /** Whether the code has been asked for and has neither arrived nor failed yet. */
  get pending(): boolean {
    return this.loading !== undefined && !this.module;
  }

  hostConnected(): void {
    this.adopt();
  }

  /** Fetches the results code, once; resolves when it has arrived or failed (then a later call asks again). */
  load(): Promise<void> {
    return (this.loading ??= requestResults().then(
      (module) => {
        this.module = module;
        this.failed = false;
        this.adopt();
        this.host.requestUpdate();
      },
      () => {
        this.failed = true;
        this.loading = undefined;
        this.host.requestUpdate();
      },
    ));
  }

  /** The results screen: heading and score at once, the rest when its code is here (or why it is not). */
  summary(view: SummaryView, msg: Messages['quiz']) {
    const { result } = view;
    const rest = this.module
      ? this.module.summaryDetails(view.bank, result, view.passMark, msg, view.actions, view.history)
      : this.failed
        ? html`<p class="hint" role="alert">${msg.resultsUnavailable}</p>
            <div class="actions"><button type="button" part="button" @click=${view.actions.startAgain}>${msg.startAgain}</button></div>`
        : nothing;
    return html`<section class="summary" part="summary" tabindex="-1" aria-labelledby="summary-title" aria-busy=${this.pending ? 'true' : nothing}>
      <h2 id="summary-title">${msg.summaryTitle}</h2>
      <p class="score" part="score">${msg.score(shownPoints(result.score), shownPoints(result.maxScore), result.percent)}</p>
      ${rest}
    </section>`;
  }

  /** The scores, chart and mastery of the progress panel; nothing until the code is here (the panel waits for it). */
  history(view: HistoryView, msg: PageMessages) {
    if (this.module) return this.module.scoreHistory(view, msg.progress);
    return this.failed ? html`<p class="score-line">${msg.quiz.resultsUnavailable}</p>` : nothing;
  }

  /** The results' styles join the element's own once they have arrived. */
  private adopt(): void {
    const root = this.host.renderRoot;
    if (!this.module || this.adopted || !(root instanceof ShadowRoot)) return;
    adoptStyles(root, [...(this.host.constructor as typeof LitElement).elementStyles, ...this.module.resultsStyles]);
    this.adopted = true;
  }
}
